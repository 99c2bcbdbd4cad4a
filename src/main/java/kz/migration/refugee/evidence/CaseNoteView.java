package kz.migration.refugee.evidence;

import java.time.Instant;

/** A case note; {@code correctsId}: the earlier note this one corrects, if any. */
public record CaseNoteView(long id, String text, Long correctsId, String writtenBy, Instant writtenAt) {}
