package kz.migration.refugee.review;

/** A person's latest assessment as recorded: who made it and the three facts the rules read. */
public record AssessmentOnRecord(long id, Long personId, String assessedBy, String credibility, boolean wellFoundedFear,
    boolean exclusionIndicators) {}
