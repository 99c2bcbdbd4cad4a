package kz.migration.refugee.recheck;

import java.time.Instant;
import java.util.List;

/**
 * A manager confirmed or rejected a proposed end of status of chosen persons (published inside the deciding
 * transaction). Reasons only as their SHA-256, as for petition decisions.
 *
 * @param kind {@code CESSATION}, {@code CANCELLATION}, {@code DEPRIVATION} or {@code TERMINATION}
 * @param ground the configured reason's code
 * @param personIds the persons the end of status concerns, by their ids in the register
 */
public record StatusEndDecided(long caseId, String caseNumber, String kind, String ground, List<Long> personIds,
    boolean confirmed,
    String proposedBy, String decidedBy, Instant decidedAt, String reasonsSha256) {}
