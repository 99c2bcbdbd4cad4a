package kz.migration.refugee.petition;

/** Process variables of the petition process (model {@code bpmn/petition.bpmn}). */
public final class PetitionVariables {
  public static final String PROCESS_KEY = "petition";

  /** Data bank id of the family case: the one variable every step reads. */
  public static final String CASE_ID = "caseId";
  /** Case number, also the process instance's business key. */
  public static final String CASE_NUMBER = "caseNumber";
  public static final String DUPLICATE_FOUND = "duplicateFound";
  /** Task-local on {@code Task_ResolveDuplicate}: the matches its form shows, from the data bank (not on the process). */
  public static final String DUPLICATE_MATCHES = "duplicateMatches";
  public static final String DUPLICATE_RESOLUTION = "duplicateResolution";
  /** When the decision deadline timer fires (the day after the due date). */
  public static final String DECISION_DUE_AT = "decisionDueAt";
  public static final String EXTEND_DEADLINE = "extendDeadline";

  /** Intake fields taken off the process once they are in the data bank. */
  static final String[] INTAKE_FIELDS = {"arrivalDate", "filingDate", "lateFilingReason", "language",
      "interpreter", "representative", "address", "members"};

  private PetitionVariables() {}
}
