package kz.migration.refugee.decision;

import java.time.Instant;

/**
 * A manager has decided an appeal against a refusal (published inside the deciding transaction).
 * As {@link PetitionDecided}: no personal names, the reasons only as their SHA-256.
 *
 * @param outcome {@code UPHELD} (the refusal stands) or {@code OVERTURNED} (examination reopens)
 * @param lodgedOn the day the appeal was lodged
 * @param reasonsSha256 lower-case hex SHA-256 of the reasons as stored (UTF-8)
 */
public record AppealDecided(long caseId, String caseNumber, String outcome, java.time.LocalDate lodgedOn,
    String decidedBy, Instant decidedAt, String reasonsSha256) {}
