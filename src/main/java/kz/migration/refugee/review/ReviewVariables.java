package kz.migration.refugee.review;

/** Process variables written by the review steps; the DMN table reads the assessment's three. */
public final class ReviewVariables {
  public static final String POLICE_CHECK_RESULT = "policeCheckResult";
  public static final String SECURITY_CHECK_RESULT = "securityCheckResult";
  /** User who completed the assessment: may not take the decision (four-eyes). */
  public static final String ASSESSED_BY = "assessedBy";
  public static final String CREDIBILITY = "credibility";
  public static final String WELL_FOUNDED_FEAR = "wellFoundedFear";
  public static final String EXCLUSION_INDICATORS = "exclusionIndicators";

  private ReviewVariables() {}
}
