package kz.migration.refugee.petition;

import java.util.Date;
import java.util.List;
import kz.migration.refugee.shared.ProcessVariable;
import kz.migration.refugee.shared.TaskListVariables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The petition process ({@code bpmn/petition.bpmn}) as code sees it: element ids, messages and typed variables,
 * used by its delegates and listeners (in {@code petition}, {@code review} and {@code decision}) and by the tests.
 * A step's id names its code: {@code Task_X} is carried out by {@code XDelegate} or {@code XListener}, with the
 * form {@code forms/X.form} read into {@code XForm}.
 */
public final class PetitionProcess {

  public static final String KEY = "petition";
  public static final String BPMN = "bpmn/petition.bpmn";
  public static final String RECOMMENDATION_DMN = "bpmn/petition-recommendation.dmn";
  /** The recommendation table, deployed with the process. */
  public static final String RECOMMENDATION_DECISION_KEY = "petition-recommendation";

  // Intake and registration
  public static final String START_PETITION_FILED = "StartEvent_PetitionFiled";
  public static final String TASK_RECORD_INTAKE = "Task_RecordIntake";
  public static final String GATEWAY_DUPLICATE_FOUND = "Gateway_DuplicateFound";
  public static final String TASK_RESOLVE_DUPLICATE = "Task_ResolveDuplicate";
  public static final String GATEWAY_DUPLICATE_RESOLUTION = "Gateway_DuplicateResolution";
  public static final String TASK_MERGE_INTO_EXISTING_CASE = "Task_MergeIntoExistingCase";
  public static final String END_MERGED_INTO_EXISTING_CASE = "EndEvent_MergedIntoExistingCase";
  public static final String GATEWAY_TO_REGISTRATION = "Gateway_ToRegistration";
  public static final String TASK_REGISTER_PETITION = "Task_RegisterPetition";
  /**
   * After registration the examination and the family's housing go their own ways: a family that needs housing
   * ({@link #NEEDS_HOUSING}) gets {@link #TASK_PLACE_FAMILY}, which the examination does not wait for.
   */
  public static final String GATEWAY_HOUSING_FORK = "Gateway_HousingFork";
  public static final String GATEWAY_NEEDS_HOUSING = "Gateway_NeedsHousing";
  /** Carried out by {@code reception.PlaceFamilyListener}: the family is placed in a centre with free places. */
  public static final String TASK_PLACE_FAMILY = "Task_PlaceFamily";
  public static final String END_FAMILY_PLACED = "EndEvent_FamilyPlaced";
  public static final String END_NO_HOUSING_NEEDED = "EndEvent_NoHousingNeeded";
  /** After the examination: a reopened one starts over (at the decision), otherwise the petition is decided. */
  public static final String GATEWAY_EXAMINATION_REOPENED = "Gateway_ExaminationReopened";
  public static final String END_PETITION_DECIDED = "EndEvent_PetitionDecided";

  // Examination
  public static final String SUBPROCESS_EXAMINATION = "SubProcess_Examination";
  public static final String START_EXAMINATION = "StartEvent_ExaminationStarted";
  /** A re-examination after an overturned refusal goes straight to the decision. */
  public static final String GATEWAY_REEXAMINATION = "Gateway_Reexamination";
  /** Appoints the interview (first, after a missed appointment, after a manager's decision to appoint it again). */
  public static final String TASK_SCHEDULE_INTERVIEW = "Task_ScheduleInterview";
  public static final String TASK_INTERVIEW_APPLICANT = "Task_InterviewApplicant";
  /** Reads {@link #APPLICANT_MISSED}: held goes on to the checks, missed back to {@link #TASK_SCHEDULE_INTERVIEW}. */
  public static final String GATEWAY_APPLICANT_APPEARED = "Gateway_ApplicantAppeared";
  /** Timer on {@link #TASK_SCHEDULE_INTERVIEW}: no interview appointed for the abandonment period. */
  public static final String EVENT_NO_CONTACT = "Event_NoContact";
  public static final String TASK_HANDLE_ABANDONMENT = "Task_HandleAbandonment";
  public static final String GATEWAY_ABANDONMENT_DECISION = "Gateway_AbandonmentDecision";
  /** Throws {@link #ERROR_PETITION_ABANDONED}: the examination ends, the case is closed at process level. */
  public static final String END_EXAMINATION_ABANDONED = "EndEvent_ExaminationAbandoned";
  public static final String GATEWAY_CHECKS_FORK = "Gateway_ChecksFork";
  public static final String TASK_REQUEST_POLICE_CHECK = "Task_RequestPoliceCheck";
  public static final String TASK_REQUEST_SECURITY_CHECK = "Task_RequestSecurityCheck";
  public static final String GATEWAY_CHECKS_JOIN = "Gateway_ChecksJoin";
  /**
   * Multi-instance over the persons to assess ({@code petitionExaminees.toAssess}), element variable
   * {@link #PERSON_ID}: each adult is assessed and the rules recommend on their own assessment.
   */
  public static final String SUBPROCESS_ASSESS_PERSON = "SubProcess_AssessPerson";
  public static final String TASK_ASSESS_PETITION = "Task_AssessPetition";
  public static final String TASK_RECOMMEND_DECISION = "Task_RecommendDecision";
  /** Leaves {@link #TASK_RECOMMEND_DECISION} once its outputs are mapped: the recommendation is recorded here. */
  public static final String FLOW_RECOMMENDED = "Flow_Recommended";
  public static final String GATEWAY_TO_DECISION = "Gateway_ToDecision";
  public static final String TASK_DECIDE_PETITION = "Task_DecidePetition";
  public static final String GATEWAY_PROTECTION_GRANTED = "Gateway_ProtectionGranted";
  public static final String TASK_ISSUE_REFUGEE_CERTIFICATE = "Task_IssueRefugeeCertificate";
  /** After the certificates: some of the persons decided were refused ({@link #PARTLY_GRANTED}), their refusal follows. */
  public static final String GATEWAY_ANYONE_REFUSED = "Gateway_AnyoneRefused";
  public static final String END_GRANTED = "EndEvent_Granted";

  // Refusal and appeal
  public static final String TASK_NOTIFY_REFUSAL = "Task_NotifyRefusal";
  /** Caseworkers record how and when the refusal was served; the appeal window runs from that day. */
  public static final String TASK_RECORD_NOTICE_SERVICE = "Task_RecordNoticeService";
  /** Non-interrupting: the service is not recorded in time, the caseworkers are reminded. */
  public static final String EVENT_NOTICE_SERVICE_OVERDUE = "Event_NoticeServiceOverdue";
  public static final String TASK_REMIND_NOTICE_SERVICE = "Task_RemindNoticeService";
  public static final String END_NOTICE_SERVICE_REMINDED = "EndEvent_NoticeServiceReminded";
  /** Waits through the appeal window: an appeal is registered from Tasklist, or arrives by the API's message. */
  public static final String TASK_REGISTER_APPEAL = "Task_RegisterAppeal";
  /** Interrupting, on {@link #TASK_REGISTER_APPEAL}: the appeal recorded through the API. */
  public static final String EVENT_APPEAL_LODGED = "Event_AppealLodged";
  /** Interrupting, on {@link #TASK_REGISTER_APPEAL}: the window closed without an appeal. */
  public static final String TIMER_APPEAL_WINDOW_EXPIRED = "Timer_AppealWindowExpired";
  public static final String GATEWAY_APPEAL_REGISTERED = "Gateway_AppealRegistered";
  public static final String TASK_OPEN_APPEAL = "Task_OpenAppeal";
  public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
  public static final String GATEWAY_APPEAL_UPHELD = "Gateway_AppealUpheld";
  public static final String TASK_REOPEN_EXAMINATION = "Task_ReopenExamination";
  /**
   * Ends the examination reopened by an overturned refusal, and its deadline watch with it: the examination starts
   * again, and its watch from the re-examination's deadline ({@link #DECISION_DUE_AT}, set on reopening).
   */
  public static final String END_EXAMINATION_REOPENED = "EndEvent_ExaminationReopened";
  public static final String GATEWAY_TO_CLOSURE = "Gateway_ToClosure";
  public static final String TASK_CLOSE_REFUSED_CASE = "Task_CloseRefusedCase";
  public static final String END_REFUSED = "EndEvent_Refused";
  /** After the internal appeal upheld the refusal: a court appeal within the court-appeal period, then its outcome. */
  public static final String TASK_REGISTER_COURT_APPEAL = "Task_RegisterCourtAppeal";
  public static final String TIMER_COURT_APPEAL_PERIOD_EXPIRED = "Timer_CourtAppealPeriodExpired";
  public static final String TASK_RECORD_COURT_DECISION = "Task_RecordCourtDecision";
  public static final String GATEWAY_COURT_UPHELD = "Gateway_CourtUpheld";

  // Decision deadline (event subprocess)
  public static final String SUBPROCESS_DECISION_DEADLINE = "SubProcess_DecisionDeadline";
  public static final String START_DECISION_OVERDUE = "StartEvent_DecisionOverdue";
  public static final String GATEWAY_FIRST_DECISION_PENDING = "Gateway_FirstDecisionPending";
  public static final String END_DEADLINE_MET = "EndEvent_DeadlineMet";
  public static final String TASK_RECORD_DECISION_OVERDUE = "Task_RecordDecisionOverdue";
  public static final String TASK_HANDLE_OVERDUE_DECISION = "Task_HandleOverdueDecision";
  public static final String GATEWAY_DEADLINE_EXTENDED = "Gateway_DeadlineExtended";
  public static final String END_OVERDUE_ACKNOWLEDGED = "EndEvent_OverdueAcknowledged";
  public static final String TIMER_EXTENDED_DEADLINE_REACHED = "Timer_ExtendedDeadlineReached";

  // Ends without a decision (interrupting event subprocesses): the petition withdrawn, nobody left on the register
  public static final String SUBPROCESS_PETITION_WITHDRAWN = "SubProcess_PetitionWithdrawn";
  public static final String START_PETITION_WITHDRAWN = "StartEvent_PetitionWithdrawn";
  public static final String TASK_CLOSE_WITHDRAWN_CASE = "Task_CloseWithdrawnCase";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String SUBPROCESS_NOBODY_REGISTERED = "SubProcess_NobodyRegistered";
  public static final String START_NOBODY_REGISTERED = "StartEvent_NobodyRegistered";
  public static final String TASK_CLOSE_EMPTIED_CASE = "Task_CloseEmptiedCase";
  public static final String END_NOBODY_REGISTERED = "EndEvent_NobodyRegistered";

  // Closed as abandoned: the examination ended by a manager's decision (error boundary on the examination)
  public static final String EVENT_EXAMINATION_ABANDONED = "Event_ExaminationAbandoned";
  public static final String TASK_CLOSE_ABANDONED_CASE = "Task_CloseAbandonedCase";
  public static final String END_ABANDONED = "EndEvent_Abandoned";
  public static final String ERROR_PETITION_ABANDONED = "PetitionAbandoned";

  // Reopening on request of a case closed as abandoned: a new instance, same business key, resumes at the appointment
  public static final String START_REOPENING_REQUESTED = "StartEvent_ReopeningRequested";
  public static final String TASK_REOPEN_ABANDONED_CASE = "Task_ReopenAbandonedCase";
  /** Correlated by business key once the applicant's request is in the data bank; starts the new instance. */
  public static final String MESSAGE_PETITION_REOPENED = "PetitionReopened";

  public static final String MESSAGE_APPEAL_LODGED = "AppealLodged";

  // An appeal lodged after the window, once the refusal is final: a new instance for the same case number
  public static final String START_LATE_APPEAL_LODGED = "StartEvent_LateAppealLodged";
  public static final String TASK_REVIEW_LATE_APPEAL = "Task_ReviewLateAppeal";
  public static final String GATEWAY_LATE_APPEAL_ACCEPTED = "Gateway_LateAppealAccepted";
  public static final String END_LATE_APPEAL_REFUSED = "EndEvent_LateAppealRefused";
  /**
   * Correlated by business key once the late appeal is in the data bank; starts the new instance with the case's ids,
   * the outcome of the refusal appealed and its decision deadline.
   */
  public static final String MESSAGE_LATE_APPEAL_LODGED = "LateAppealLodged";
  /** Correlated by business key once the withdrawal is in the data bank; carries nothing. */
  public static final String MESSAGE_PETITION_WITHDRAWN = "PetitionWithdrawn";
  /** Correlated by business key once the last member's departure or death is in the data bank; carries nothing. */
  public static final String MESSAGE_NOBODY_REGISTERED = "NobodyRegistered";

  /** The Tasklist action «Отзыв ходатайства» ({@code bpmn/petition-withdrawal.bpmn}), started with its form. */
  public static final String WITHDRAWAL_KEY = "petition-withdrawal";
  public static final String WITHDRAWAL_BPMN = "bpmn/petition-withdrawal.bpmn";
  public static final String START_WITHDRAWAL_REQUESTED = "StartEvent_WithdrawalRequested";
  public static final String TASK_WITHDRAW_PETITION = "Task_WithdrawPetition";
  public static final String END_PETITION_WITHDRAWN = "EndEvent_PetitionWithdrawn";
  /** Fields of the start form, taken off the process once in the data bank: only the business key remains. */
  static final List<String> WITHDRAWAL_FIELDS = List.of("caseNumber", "requestedOn", "withdrawalNote");

  /**
   * The Tasklist action «Возобновление дела по заявлению» ({@code bpmn/petition-reopening.bpmn}), started with its
   * form: a case closed as abandoned is reopened the way of the domain API, and the petition process starts again at
   * {@link #START_REOPENING_REQUESTED}.
   */
  public static final String REOPENING_KEY = "petition-reopening";
  public static final String REOPENING_BPMN = "bpmn/petition-reopening.bpmn";
  public static final String START_REOPENING_REQUEST_RECEIVED = "StartEvent_ReopeningRequestReceived";
  public static final String TASK_RECORD_REOPENING_REQUEST = "Task_RecordReopeningRequest";
  public static final String END_CASE_REOPENED = "EndEvent_CaseReopened";
  /** Fields of the start form, taken off the process once in the data bank: only the business key remains. */
  static final List<String> REOPENING_FIELDS = List.of("caseNumber", "requestedOn");

  /**
   * The Tasklist action «Присоединение члена семьи к делу» ({@code bpmn/member-joining.bpmn}): a spouse, child or
   * other relative arriving later joins a case under examination or recognised. Started with its form, or by
   * {@link #MESSAGE_MEMBER_JOINED} (the domain API, a merge at the duplicate review) once the joiner is on the register.
   */
  public static final String JOINING_KEY = "member-joining";
  public static final String JOINING_BPMN = "bpmn/member-joining.bpmn";
  public static final String START_JOINING_REQUESTED = "StartEvent_JoiningRequested";
  public static final String TASK_RECORD_JOINING = "Task_RecordJoining";
  public static final String START_MEMBER_JOINED = "StartEvent_MemberJoined";
  /** Starts the joining process for members already on the register; carries {@link #JOINER_PATH} and the ids. */
  public static final String MESSAGE_MEMBER_JOINED = "MemberJoined";
  /** Reads {@link #JOINER_PATH}. */
  public static final String GATEWAY_JOINER_PATH = "Gateway_JoinerPath";
  /** Another examination of the case, not yet at its assessment, covers the joiner: nothing more here. */
  public static final String END_COVERED_BY_EXAMINATION = "EndEvent_CoveredByExamination";
  public static final String TASK_CONFIRM_DERIVED_STATUS = "Task_ConfirmDerivedStatus";
  public static final String END_DERIVED_STATUS_CONFIRMED = "EndEvent_DerivedStatusConfirmed";
  public static final String END_JOINER_GRANTED = "EndEvent_JoinerGranted";
  public static final String END_JOINER_REFUSED = "EndEvent_JoinerRefused";
  /** Read by {@link #GATEWAY_JOINER_PATH}: {@link #OWN_EXAMINATION}, {@link #DERIVED_STATUS} or {@link #COVERED}. */
  public static final ProcessVariable<String> JOINER_PATH = ProcessVariable.of("joinerPath", String.class);
  /** The child whose derived status {@link #TASK_CONFIRM_DERIVED_STATUS} confirms, and the recognised parent. */
  public static final ProcessVariable<Long> JOINER_ID = ProcessVariable.of("joinerId", Long.class);
  public static final ProcessVariable<Long> PARENT_ID = ProcessVariable.of("parentId", Long.class);
  /** On {@link #TASK_CONFIRM_DERIVED_STATUS}: the child and the recognised parent, from the data bank. */
  public static final ProcessVariable<String> DERIVED_STATUS_SUMMARY =
      ProcessVariable.of("derivedStatusSummary", String.class);
  /** An adult: interviewed, assessed, decided on their own. */
  public static final String OWN_EXAMINATION = "own_examination";
  /** A child of a recognised parent: a manager confirms the status derived from the parent's. */
  public static final String DERIVED_STATUS = "derived_status";
  /** Covered by an examination of the case still before its assessment (the petition's, another joiner's). */
  public static final String COVERED = "covered";
  /** Fields of the start form, taken off the process once in the data bank: only the business key remains. */
  static final List<String> JOINING_FIELDS = List.of("caseNumber", "role", "surname", "givenName", "patronymic",
      "dateOfBirth", "sex", "citizenship", "documentType", "documentNumber", "parentId");

  /**
   * The Tasklist action «Поздняя жалоба на отказ» ({@code bpmn/petition-late-appeal.bpmn}), started with its form: an
   * appeal after the window is recorded the way of the domain API, and the petition process starts again at
   * {@link #START_LATE_APPEAL_LODGED}.
   */
  public static final String LATE_APPEAL_KEY = "petition-late-appeal";
  public static final String LATE_APPEAL_BPMN = "bpmn/petition-late-appeal.bpmn";
  public static final String START_LATE_APPEAL_RECEIVED = "StartEvent_LateAppealReceived";
  public static final String TASK_RECORD_LATE_APPEAL = "Task_RecordLateAppeal";
  public static final String END_LATE_APPEAL_RECORDED = "EndEvent_LateAppealRecorded";
  /** Fields of the start form, taken off the process once in the data bank: only the business key remains. */
  public static final List<String> LATE_APPEAL_FIELDS = List.of("caseNumber", "lateAppealLodgedOn", "lateAppealGrounds");

  // Variables: ids, and what gateways, timers and the recommendation table read
  /** Data bank id of the family case, set at intake; from registration on, steps find the case by business key. */
  public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
  /** Case number, also the process instance's business key; shown in Tasklist's filters. */
  public static final ProcessVariable<String> CASE_NUMBER = TaskListVariables.CASE_NUMBER;
  /** Head of family's surname and given name, shown in Tasklist's filters; display only, never read by a step. */
  public static final ProcessVariable<String> FAMILY_NAME = TaskListVariables.FAMILY_NAME;
  public static final ProcessVariable<Boolean> DUPLICATE_FOUND = ProcessVariable.of("duplicateFound", Boolean.class);
  /**
   * Recorded at intake: the family asked for a place in a temporary accommodation centre. A petition resumed after
   * registration without an intake (an imported one) has none, and is read as not needing housing.
   */
  public static final ProcessVariable<Boolean> NEEDS_HOUSING = ProcessVariable.of("needsHousing", Boolean.class);
  /** On {@link #TASK_RESOLVE_DUPLICATE}: the matches its form shows, from the data bank. */
  public static final ProcessVariable<SpinJsonNode> DUPLICATE_MATCHES =
      ProcessVariable.of("duplicateMatches", SpinJsonNode.class);
  /** Form field of {@link #TASK_RESOLVE_DUPLICATE}, read by its gateway: {@code merge} or {@code register}. */
  public static final ProcessVariable<String> DUPLICATE_RESOLUTION = ProcessVariable.of("duplicateResolution", String.class);
  /** Form field of {@link #TASK_RESOLVE_DUPLICATE}, read by {@link #TASK_MERGE_INTO_EXISTING_CASE}. */
  public static final ProcessVariable<String> MERGE_CASE_NUMBER = ProcessVariable.of("mergeCaseNumber", String.class);
  /** Form field of {@link #TASK_INTERVIEW_APPLICANT} «Заявитель не явился», read by its gateway. */
  public static final ProcessVariable<Boolean> APPLICANT_MISSED = ProcessVariable.of("applicantMissed", Boolean.class);
  /** Form field of {@link #TASK_HANDLE_ABANDONMENT}, read by its gateway: {@link #CLOSE} or {@link #RESCHEDULE}. */
  public static final ProcessVariable<String> ABANDONMENT_DECISION =
      ProcessVariable.of("abandonmentDecision", String.class);
  /** On {@link #TASK_SCHEDULE_INTERVIEW}, {@link #TASK_INTERVIEW_APPLICANT} and {@link #TASK_HANDLE_ABANDONMENT}: the appointments so far. */
  public static final ProcessVariable<String> APPOINTMENTS = ProcessVariable.of("appointments", String.class);
  /** When the decision deadline timer fires (the day after the due date). */
  public static final ProcessVariable<Date> DECISION_DUE_AT = ProcessVariable.of("decisionDueAt", Date.class);
  /** Form field of {@link #TASK_HANDLE_OVERDUE_DECISION}, read by its gateway. */
  public static final ProcessVariable<Boolean> EXTEND_DEADLINE = ProcessVariable.of("extendDeadline", Boolean.class);
  /** Element variable of {@link #SUBPROCESS_ASSESS_PERSON}: the person assessed, local to the instance. */
  public static final ProcessVariable<Long> PERSON_ID = ProcessVariable.of("personId", Long.class);
  /** On {@link #TASK_ASSESS_PETITION}: who is assessed (role, age), from the data bank. */
  public static final ProcessVariable<String> ASSESSED_PERSON = ProcessVariable.of("assessedPerson", String.class);
  /**
   * On {@link #TASK_DECIDE_PETITION}: the persons the decision covers, each with their assessment's recommendation,
   * as its form lists them (JSON), from the data bank.
   */
  public static final ProcessVariable<String> DECISION_SHEET = ProcessVariable.of("decisionSheet", String.class);
  /** Inputs of the recommendation table, from the assessment. */
  public static final ProcessVariable<String> CREDIBILITY = ProcessVariable.of("credibility", String.class);
  public static final ProcessVariable<Boolean> WELL_FOUNDED_FEAR = ProcessVariable.of("wellFoundedFear", Boolean.class);
  public static final ProcessVariable<Boolean> EXCLUSION_INDICATORS =
      ProcessVariable.of("exclusionIndicators", Boolean.class);
  /** Outputs of the recommendation table: grant, refuse or refer, and the rule that fired. */
  public static final ProcessVariable<String> RECOMMENDATION = ProcessVariable.of("recommendation", String.class);
  public static final ProcessVariable<String> RECOMMENDATION_RULE = ProcessVariable.of("recommendationRule", String.class);
  /** Read by {@link #GATEWAY_PROTECTION_GRANTED}: {@link #GRANTED}, {@link #REFUSED} or {@link #PARTLY_GRANTED}. */
  public static final ProcessVariable<String> DECISION_OUTCOME = ProcessVariable.of("decisionOutcome", String.class);
  /** Carried by {@link #MESSAGE_APPEAL_LODGED}. */
  public static final ProcessVariable<String> APPEAL_LODGED_ON = ProcessVariable.of("appealLodgedOn", String.class);
  /** Form field of {@link #TASK_REVIEW_LATE_APPEAL}, read by its gateway: {@link #ACCEPTED} or {@link #REFUSED}. */
  public static final ProcessVariable<String> LATE_APPEAL_DECISION = ProcessVariable.of("lateAppealDecision", String.class);
  /** Form field of {@link #TASK_RECORD_COURT_DECISION}, read by its gateway: {@link #UPHELD} or {@link #OVERTURNED}. */
  public static final ProcessVariable<String> COURT_OUTCOME = ProcessVariable.of("courtOutcome", String.class);
  /** Read by {@link #GATEWAY_APPEAL_UPHELD}: {@link #UPHELD} or {@link #OVERTURNED}. */
  public static final ProcessVariable<String> APPEAL_OUTCOME = ProcessVariable.of("appealOutcome", String.class);

  // The case file as its forms show it: text from the data bank, read when a form is opened (FormView)
  /** On {@link #TASK_DECIDE_PETITION} and {@link #TASK_DECIDE_APPEAL}: the family, each member's role, sex, age, citizenship. */
  public static final ProcessVariable<String> FAMILY_SUMMARY = ProcessVariable.of("familySummary", String.class);
  /** On {@link #TASK_ASSESS_PETITION}, {@link #TASK_DECIDE_PETITION} and {@link #TASK_DECIDE_APPEAL}: the interviews. */
  public static final ProcessVariable<String> INTERVIEW_ACCOUNT = ProcessVariable.of("interviewAccount", String.class);
  /** On {@link #TASK_ASSESS_PETITION} and the deciding tasks: the state bodies' replies. */
  public static final ProcessVariable<String> AGENCY_REPLIES = ProcessVariable.of("agencyReplies", String.class);
  /** On the deciding tasks: the latest assessment in full. */
  public static final ProcessVariable<String> ASSESSMENT_RECORD = ProcessVariable.of("assessmentRecord", String.class);
  /** On the deciding tasks: what the rules recommended, by which rule, under which version. */
  public static final ProcessVariable<String> RULES_RECOMMENDATION =
      ProcessVariable.of("rulesRecommendation", String.class);
  /** On {@link #TASK_DECIDE_APPEAL} (and on a decision after an overturned appeal): the decision appealed. */
  public static final ProcessVariable<String> APPEALED_DECISION = ProcessVariable.of("appealedDecision", String.class);
  /** On {@link #TASK_DECIDE_APPEAL} (and on a decision after an overturned appeal): the appeal and its grounds. */
  public static final ProcessVariable<String> APPEAL_RECORD = ProcessVariable.of("appealRecord", String.class);

  /** Intake fields taken off the process once they are in the data bank. */
  static final List<String> INTAKE_FIELDS = List.of("arrivalDate", "filingDate", "lateFilingReason", "language",
      "interpreter", "representative", "address", "members");

  public static final String GRANTED = "granted";
  public static final String REFUSED = "refused";
  /** Some persons of the decision granted, others refused. */
  public static final String PARTLY_GRANTED = "partly_granted";
  public static final String UPHELD = "upheld";
  public static final String OVERTURNED = "overturned";
  /** A late appeal accepted by the manager (refused: {@link #REFUSED}). */
  public static final String ACCEPTED = "accepted";
  public static final String MERGE = "merge";
  public static final String CLOSE = "close";
  public static final String RESCHEDULE = "reschedule";

  /** Outputs of the recommendation table and the labels of its rules. */
  public static final String RECOMMEND_GRANT = "grant";
  public static final String RECOMMEND_REFUSE = "refuse";
  public static final String RECOMMEND_REFER = "refer";
  public static final String RULE_1_EXCLUSION = "R1:";
  public static final String RULE_2_WELL_FOUNDED_FEAR = "R2:";
  public static final String RULE_3_OTHERWISE = "R3:";

  private PetitionProcess() {}
}
