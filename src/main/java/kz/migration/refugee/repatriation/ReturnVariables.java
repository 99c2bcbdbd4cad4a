package kz.migration.refugee.repatriation;

/** Process variables and messages of the voluntary-return process ({@code bpmn/voluntary-return.bpmn}). */
final class ReturnVariables {
  static final String PROCESS_KEY = "voluntary-return";

  static final String CASE_ID = "caseId";
  /** Case number, also the process instance's business key. */
  static final String CASE_NUMBER = "caseNumber";
  /** Data bank id of the voluntary return. */
  static final String RETURN_ID = "returnId";
  /** Set by the start event ({@code camunda:initiator}). */
  static final String REQUESTED_BY = "requestedBy";
  static final String WHOLE_FAMILY = "wholeFamily";
  /** Options of the family checklist of {@code ConfirmVoluntariness} (task-local, Camunda Forms {@code valuesKey}). */
  static final String FAMILY_OPTIONS = "familyOptions";
  /** Gateway: voluntariness confirmed at the interview. */
  static final String VOLUNTARY = "voluntary";
  /** Gateway: departure confirmed (else the request was withdrawn). */
  static final String DEPARTED = "departed";
  /** Multi-instance element variable: the {@link ContactBody} of one contact, by name. */
  static final String CONTACT_BODY = "contactBody";
  /** Gateway after a reply timeout: {@code resend} or {@code proceed}. */
  static final String MISSING_REPLY_ACTION = "missingReplyAction";
  static final String RESEND = "resend";
  static final String PROCEED = "proceed";
  static final String WITHDRAWN_ON = "withdrawnOn";
  static final String WITHDRAWAL_REASON = "withdrawalReason";

  static final String MESSAGE_CONTACT_REPLIED = "ReturnContactReplied";
  static final String MESSAGE_RETURN_WITHDRAWN = "ReturnWithdrawn";

  /** Start form fields taken off the process once they are in the data bank. */
  static final String[] REQUEST_FIELDS = {"requestedOn", "requestReference"};
  /** Interview fields taken off the process once they are in the data bank. */
  static final String[] INTERVIEW_FIELDS = {"interviewSummary", "returningMembers"};

  private ReturnVariables() {}
}
