package kz.migration.refugee.petition;

/** Element ids, bean names and groups of {@code bpmn/petition.bpmn}, for the process tests. */
final class PetitionModel {

  static final String PROCESS_KEY = PetitionVariables.PROCESS_KEY;
  static final String BPMN = "bpmn/petition.bpmn";
  static final String DMN = "bpmn/petition-recommendation.dmn";

  // Intake and registration
  static final String START_PETITION_FILED = "StartEvent_PetitionFiled";
  static final String TASK_RECORD_INTAKE = "Task_RecordIntake";
  static final String GATEWAY_DUPLICATE_FOUND = "Gateway_DuplicateFound";
  static final String TASK_RESOLVE_DUPLICATE = "Task_ResolveDuplicate";
  static final String GATEWAY_DUPLICATE_RESOLUTION = "Gateway_DuplicateResolution";
  static final String TASK_MERGE_INTO_EXISTING_CASE = "Task_MergeIntoExistingCase";
  static final String END_MERGED_INTO_EXISTING_CASE = "EndEvent_MergedIntoExistingCase";
  static final String GATEWAY_TO_REGISTRATION = "Gateway_ToRegistration";
  static final String TASK_REGISTER_PETITION = "Task_RegisterPetition";
  static final String END_PETITION_DECIDED = "EndEvent_PetitionDecided";

  // Examination
  static final String SUBPROCESS_EXAMINATION = "SubProcess_Examination";
  static final String START_EXAMINATION = "StartEvent_ExaminationStarted";
  static final String TASK_INTERVIEW = "Task_InterviewApplicant";
  static final String GATEWAY_CHECKS_FORK = "Gateway_ChecksFork";
  static final String TASK_POLICE_CHECK = "Task_RequestPoliceCheck";
  static final String TASK_SECURITY_CHECK = "Task_RequestSecurityCheck";
  static final String GATEWAY_CHECKS_JOIN = "Gateway_ChecksJoin";
  static final String TASK_ASSESS = "Task_AssessPetition";
  static final String TASK_RECOMMEND = "Task_RecommendDecision";
  static final String GATEWAY_TO_DECISION = "Gateway_ToDecision";
  static final String TASK_DECIDE = "Task_DecidePetition";
  static final String GATEWAY_PROTECTION_GRANTED = "Gateway_ProtectionGranted";
  static final String TASK_ISSUE_CERTIFICATE = "Task_IssueRefugeeCertificate";
  static final String END_GRANTED = "EndEvent_Granted";

  // Refusal and appeal
  static final String TASK_NOTIFY_REFUSAL = "Task_NotifyRefusal";
  static final String GATEWAY_AWAIT_APPEAL = "Gateway_AwaitAppeal";
  static final String EVENT_APPEAL_LODGED = "Event_AppealLodged";
  static final String TIMER_APPEAL_WINDOW_EXPIRED = "Timer_AppealWindowExpired";
  static final String TASK_OPEN_APPEAL = "Task_OpenAppeal";
  static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
  static final String GATEWAY_APPEAL_UPHELD = "Gateway_AppealUpheld";
  static final String TASK_REOPEN_EXAMINATION = "Task_ReopenExamination";
  static final String GATEWAY_TO_CLOSURE = "Gateway_ToClosure";
  static final String TASK_CLOSE_REFUSED_CASE = "Task_CloseRefusedCase";
  static final String END_REFUSED = "EndEvent_Refused";
  static final String MESSAGE_APPEAL_LODGED = "AppealLodged";

  // Decision deadline (event subprocess)
  static final String SUBPROCESS_DECISION_DEADLINE = "SubProcess_DecisionDeadline";
  static final String START_DECISION_OVERDUE = "StartEvent_DecisionOverdue";
  static final String GATEWAY_FIRST_DECISION_PENDING = "Gateway_FirstDecisionPending";
  static final String END_DEADLINE_MET = "EndEvent_DeadlineMet";
  static final String TASK_RECORD_DECISION_OVERDUE = "Task_RecordDecisionOverdue";
  static final String TASK_HANDLE_OVERDUE_DECISION = "Task_HandleOverdueDecision";
  static final String GATEWAY_DEADLINE_EXTENDED = "Gateway_DeadlineExtended";
  static final String END_OVERDUE_ACKNOWLEDGED = "EndEvent_OverdueAcknowledged";
  static final String TIMER_EXTENDED_DEADLINE_REACHED = "Timer_ExtendedDeadlineReached";

  // Beans the model resolves by expression
  static final String BEAN_RECORD_INTAKE = "recordIntakeDelegate";
  static final String BEAN_RESOLVE_DUPLICATE = "resolveDuplicateListener";
  static final String BEAN_MERGE_INTO_EXISTING_CASE = "mergeIntoExistingCaseDelegate";
  static final String BEAN_REGISTER_PETITION = "registerPetitionDelegate";
  static final String BEAN_RECORD_INTERVIEW = "recordInterviewListener";
  static final String BEAN_POLICE_CHECK = "requestPoliceCheckDelegate";
  static final String BEAN_SECURITY_CHECK = "requestSecurityCheckDelegate";
  static final String BEAN_RECORD_ASSESSMENT = "recordAssessmentListener";
  static final String BEAN_DECIDE_PETITION = "decidePetitionListener";
  static final String BEAN_ISSUE_CERTIFICATE = "issueRefugeeCertificateDelegate";
  static final String BEAN_RECORD_RECOMMENDATION = "recordRecommendationListener";
  static final String BEAN_NOTIFY_REFUSAL = "notifyRefusalDelegate";
  static final String BEAN_OPEN_APPEAL = "openAppealDelegate";
  static final String BEAN_DECIDE_APPEAL = "decideAppealListener";
  static final String BEAN_REOPEN_EXAMINATION = "reopenExaminationDelegate";
  static final String BEAN_CLOSE_REFUSED_CASE = "closeRefusedCaseDelegate";
  static final String BEAN_RECORD_DECISION_OVERDUE = "recordDecisionOverdueDelegate";
  static final String BEAN_HANDLE_OVERDUE_DECISION = "handleOverdueDecisionListener";
  static final String BEAN_AGENCY_CHECK_SETTINGS = "agencyCheckSettings";

  // DMN outputs
  static final String RECOMMEND_GRANT = "grant";
  static final String RECOMMEND_REFUSE = "refuse";
  static final String RECOMMEND_REFER = "refer";
  static final String RULE_1_EXCLUSION = "R1:";
  static final String RULE_2_WELL_FOUNDED_FEAR = "R2:";
  static final String RULE_3_OTHERWISE = "R3:";

  private PetitionModel() {}
}
