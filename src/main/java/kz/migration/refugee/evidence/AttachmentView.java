package kz.migration.refugee.evidence;

import java.time.Instant;

/** A case's file as lists show it: no content. {@code kind} is the code, {@code kindLabel} its Russian name. */
public record AttachmentView(long id, Long personId, String kind, String kindLabel, String fileName,
    String contentType, long size, String sha256, String note, String uploadedBy, Instant uploadedAt) {}
