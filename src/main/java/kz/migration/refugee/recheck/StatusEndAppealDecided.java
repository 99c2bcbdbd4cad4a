package kz.migration.refugee.recheck;

import java.time.Instant;

/** An appeal against a confirmed end of status (of any kind) was decided: {@code upheld} (the end stands) or {@code overturned}. */
public record StatusEndAppealDecided(long caseId, String caseNumber, String kind, String outcome, String decidedBy,
    Instant decidedAt, String reasonsSha256) {}
