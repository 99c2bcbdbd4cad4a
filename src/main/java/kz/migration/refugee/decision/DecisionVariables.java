package kz.migration.refugee.decision;

/** Process variables of the decision and appeal steps. */
public final class DecisionVariables {
  /** Output of the DMN table {@code petition-recommendation}: grant, refuse or refer. */
  public static final String RECOMMENDATION = "recommendation";
  /** The rule of that table that fired, as a readable label. */
  public static final String RECOMMENDATION_RULE = "recommendationRule";
  public static final String DECISION_OUTCOME = "decisionOutcome";
  public static final String DECIDED_BY = "decidedBy";
  public static final String REFUGEE_CERTIFICATE_NUMBER = "refugeeCertificateNumber";
  public static final String APPEAL_DUE_AT = "appealDueAt";
  public static final String APPEAL_LODGED_ON = "appealLodgedOn";
  public static final String APPEAL_OUTCOME = "appealOutcome";
  public static final String MESSAGE_APPEAL_LODGED = "AppealLodged";
  public static final String RECOMMENDATION_DECISION_KEY = "petition-recommendation";

  public static final String GRANTED = "granted";
  public static final String REFUSED = "refused";
  public static final String UPHELD = "upheld";
  public static final String OVERTURNED = "overturned";

  private DecisionVariables() {}
}
