package kz.migration.refugee.recheck;

import java.time.Instant;

/**
 * A manager confirmed or rejected a proposed cessation or deprivation (published inside the deciding
 * transaction). Reasons only as their SHA-256, as for petition decisions.
 *
 * @param kind {@code CESSATION} or {@code DEPRIVATION}
 */
public record StatusEndDecided(long caseId, String caseNumber, String kind, String ground, boolean confirmed,
    String proposedBy, String decidedBy, Instant decidedAt, String reasonsSha256) {}
