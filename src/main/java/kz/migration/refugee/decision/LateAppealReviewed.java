package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A manager has decided on an appeal lodged after the window (published inside the deciding transaction). As
 * {@link AppealDecided}: no personal names, the reasons only as their SHA-256.
 *
 * @param decision {@code ACCEPTED} (the appeal is decided as one in time) or {@code REFUSED} (nothing changes)
 * @param lodgedOn the day the late appeal was lodged
 * @param reasonsSha256 lower-case hex SHA-256 of the reasons as stored (UTF-8)
 */
public record LateAppealReviewed(long caseId, String caseNumber, String decision, LocalDate lodgedOn,
    String decidedBy, Instant decidedAt, String reasonsSha256) {}
