package kz.migration.refugee.recheck;

/** Process variables of {@code annual-recheck}: ids, and what gateways and timers read. */
public final class RecheckVariables {
  public static final String PROCESS_KEY = "annual-recheck";

  public static final String CASE_ID = "caseId";
  public static final String CASE_NUMBER = "caseNumber";
  public static final String RECHECK_ID = "recheckId";
  /** Start of the day after the certificate expires: the recheck is overdue from then on. */
  public static final String RECHECK_OVERDUE_AT = "recheckOverdueAt";
  /** extend, cessation, deprivation, refer or none-registered. */
  public static final String RECHECK_OUTCOME = "recheckOutcome";
  public static final String STATUS_END_PROPOSED_BY = "statusEndProposedBy";
  public static final String STATUS_END_CONFIRMED = "statusEndConfirmed";
  public static final String STATUS_END_CONFIRMED_BY = "statusEndConfirmedBy";
  public static final String APPEAL_DUE_AT = "appealDueAt";
  public static final String STATUS_END_APPEAL_OUTCOME = "statusEndAppealOutcome";
  public static final String MESSAGE_STATUS_END_APPEAL_LODGED = "StatusEndAppealLodged";

  /** Task-local, for the forms: the family's registered members and the configured grounds, as options. */
  public static final String FAMILY_MEMBERS = "familyMembers";
  public static final String CESSATION_GROUNDS = "cessationGrounds";
  public static final String DEPRIVATION_GROUNDS = "deprivationGrounds";
  public static final String CERTIFICATE_VALID_UNTIL = "certificateValidUntil";
  /**
   * The standard next period, shown as a hint. Not prefilled into the date fields themselves: a task-local
   * variable would shadow what the form submits, which the engine writes to the process.
   */
  public static final String SUGGESTED_VALID_FROM = "suggestedValidFrom";
  public static final String SUGGESTED_VALID_UNTIL = "suggestedValidUntil";
  public static final String PROPOSAL = "statusEndProposal";

  public static final String EXTEND = "extend";
  public static final String CESSATION = "cessation";
  public static final String DEPRIVATION = "deprivation";
  public static final String REFER = "refer";
  public static final String NONE_REGISTERED = "none-registered";
  public static final String UPHELD = "upheld";
  public static final String OVERTURNED = "overturned";

  private RecheckVariables() {}
}
