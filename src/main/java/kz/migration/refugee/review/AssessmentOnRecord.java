package kz.migration.refugee.review;

/** The latest assessment of a case as recorded: who made it and the three facts the rules read. */
public record AssessmentOnRecord(long id, String assessedBy, String credibility, boolean wellFoundedFear,
    boolean exclusionIndicators) {}
