package kz.migration.refugee.recheck;

/** Element ids and bean names of {@code bpmn/annual-recheck.bpmn}, for the tests. */
final class RecheckModel {

  static final String PROCESS_KEY = RecheckVariables.PROCESS_KEY;
  static final String BPMN = "bpmn/annual-recheck.bpmn";

  static final String START_RECHECK_DUE = "StartEvent_RecheckDue";
  static final String TASK_VERIFY = "Task_VerifyCircumstances";
  static final String GATEWAY_RECHECK_OUTCOME = "Gateway_RecheckOutcome";
  static final String TASK_REVIEW = "Task_ReviewRecheck";
  static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
  static final String END_FAMILY_LEFT_REGISTER = "EndEvent_FamilyLeftRegister";
  static final String GATEWAY_TO_STATUS_END = "Gateway_ToStatusEnd";
  static final String TASK_CONFIRM_STATUS_END = "Task_ConfirmStatusEnd";
  static final String GATEWAY_STATUS_END_CONFIRMED = "Gateway_StatusEndConfirmed";
  static final String TASK_NOTIFY_STATUS_END = "Task_NotifyStatusEnd";
  static final String GATEWAY_AWAIT_APPEAL = "Gateway_AwaitStatusEndAppeal";
  static final String TIMER_APPEAL_WINDOW_EXPIRED = "Timer_StatusEndAppealWindowExpired";
  static final String EVENT_APPEAL_LODGED = "Event_StatusEndAppealLodged";
  static final String TASK_DECIDE_APPEAL = "Task_DecideStatusEndAppeal";
  static final String GATEWAY_APPEAL_UPHELD = "Gateway_StatusEndAppealUpheld";
  static final String GATEWAY_TO_DEREGISTRATION = "Gateway_ToDeregistration";
  static final String TASK_DEREGISTER_FAMILY = "Task_DeregisterFamily";
  static final String END_STATUS_ENDED = "EndEvent_StatusEnded";
  static final String GATEWAY_TO_EXTENSION = "Gateway_ToExtension";
  static final String TASK_EXTEND_CERTIFICATE = "Task_ExtendCertificate";
  static final String END_EXTENDED = "EndEvent_Extended";

  static final String SUBPROCESS_RECHECK_OVERDUE = "SubProcess_RecheckOverdue";
  static final String START_RECHECK_OVERDUE = "StartEvent_RecheckOverdue";
  static final String TASK_RECORD_RECHECK_OVERDUE = "Task_RecordRecheckOverdue";
  static final String TASK_HANDLE_OVERDUE_RECHECK = "Task_HandleOverdueRecheck";
  static final String END_OVERDUE_HANDLED = "EndEvent_OverdueHandled";

  static final String BEAN_VERIFY = "verifyCircumstancesListener";
  static final String BEAN_REVIEW = "reviewRecheckListener";
  static final String BEAN_CONFIRM = "confirmStatusEndListener";
  static final String BEAN_NOTIFY = "notifyStatusEndDelegate";
  static final String BEAN_DECIDE_APPEAL = "decideStatusEndAppealListener";
  static final String BEAN_DEREGISTER = "deregisterFamilyDelegate";
  static final String BEAN_EXTEND = "extendCertificateDelegate";
  static final String BEAN_RECORD_OVERDUE = "recordRecheckOverdueDelegate";
  static final String BEAN_HANDLE_OVERDUE = "handleOverdueRecheckListener";

  private RecheckModel() {}
}
