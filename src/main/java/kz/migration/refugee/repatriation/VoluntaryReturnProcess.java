package kz.migration.refugee.repatriation;

import java.util.List;
import kz.migration.refugee.shared.ProcessVariable;
import kz.migration.refugee.shared.TaskListVariables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The voluntary return ({@code bpmn/voluntary-return.bpmn}) as code sees it: element ids, messages and typed
 * variables. {@code Task_X} is carried out by {@code XDelegate} or {@code XListener}, with the form
 * {@code forms/X.form} read into {@code XForm}.
 */
public final class VoluntaryReturnProcess {

  public static final String KEY = "voluntary-return";
  public static final String BPMN = "bpmn/voluntary-return.bpmn";

  // Request and voluntariness
  public static final String START_RETURN_REQUESTED = "StartEvent_ReturnRequested";
  /** The start form's name: {@code forms/RequestVoluntaryReturn.form}. */
  public static final String START_FORM = "RequestVoluntaryReturn";
  public static final String TASK_REGISTER_RETURN_REQUEST = "Task_RegisterReturnRequest";
  public static final String TASK_CONFIRM_VOLUNTARINESS = "Task_ConfirmVoluntariness";
  public static final String GATEWAY_VOLUNTARY = "Gateway_Voluntary";

  // Contacts with the origin country's migration service, UNHCR and IOM (parallel multi-instance)
  public static final String SUBPROCESS_CONTACT_BODIES = "SubProcess_ContactBodies";
  public static final String START_CONTACT_STARTED = "StartEvent_ContactStarted";
  public static final String GATEWAY_TO_SEND_REQUEST = "Gateway_ToSendRequest";
  public static final String TASK_SEND_CONTACT_REQUEST = "Task_SendContactRequest";
  public static final String TASK_AWAIT_REPLY = "Task_AwaitReply";
  public static final String BOUNDARY_REMINDER_DUE = "BoundaryEvent_ReminderDue";
  public static final String TASK_SEND_CONTACT_REMINDER = "Task_SendContactReminder";
  public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
  public static final String BOUNDARY_REPLY_OVERDUE = "BoundaryEvent_ReplyOverdue";
  public static final String TASK_HANDLE_MISSING_REPLY = "Task_HandleMissingReply";
  public static final String GATEWAY_MISSING_REPLY = "Gateway_MissingReply";
  public static final String GATEWAY_CONTACT_DONE = "Gateway_ContactDone";
  public static final String END_CONTACT_DONE = "EndEvent_ContactDone";

  // Departure or withdrawal
  public static final String TASK_CONFIRM_DEPARTURE = "Task_ConfirmDeparture";
  public static final String GATEWAY_DEPARTED = "Gateway_Departed";
  public static final String TASK_DEREGISTER_RETURNEES = "Task_DeregisterReturnees";
  public static final String END_RETURNED = "EndEvent_Returned";
  public static final String GATEWAY_TO_WITHDRAWAL = "Gateway_ToWithdrawal";
  public static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  // Withdrawal at any moment (event subprocess)
  public static final String SUBPROCESS_WITHDRAWAL_RECEIVED = "SubProcess_WithdrawalReceived";
  public static final String START_RETURN_WITHDRAWN = "StartEvent_ReturnWithdrawn";
  public static final String TASK_RECORD_LATE_WITHDRAWAL = "Task_RecordLateWithdrawal";
  public static final String END_WITHDRAWN_LATE = "EndEvent_WithdrawnLate";

  public static final String MESSAGE_CONTACT_REPLIED = "ReturnContactReplied";
  public static final String MESSAGE_RETURN_WITHDRAWN = "ReturnWithdrawn";

  public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
  /** Case number, also the process instance's business key; shown in Tasklist's filters. */
  public static final ProcessVariable<String> CASE_NUMBER = TaskListVariables.CASE_NUMBER;
  /** Head of family's surname and given name, shown in Tasklist's filters; display only, never read by a step. */
  public static final ProcessVariable<String> FAMILY_NAME = TaskListVariables.FAMILY_NAME;
  /** Data bank id of the voluntary return, held against the business key's case by {@link ReturnOfProcess}. */
  public static final ProcessVariable<Long> RETURN_ID = ProcessVariable.of("returnId", Long.class);
  /** Set by the start event ({@code camunda:initiator}). */
  public static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.of("requestedBy", String.class);
  public static final ProcessVariable<Boolean> WHOLE_FAMILY = ProcessVariable.of("wholeFamily", Boolean.class);
  /**
   * Options of the family checklist of {@link #TASK_CONFIRM_VOLUNTARINESS}, read when the form is opened (Camunda
   * Forms {@code valuesKey}).
   */
  public static final ProcessVariable<SpinJsonNode> FAMILY_OPTIONS = ProcessVariable.of("familyOptions", SpinJsonNode.class);
  /** Read by {@link #GATEWAY_VOLUNTARY}: voluntariness confirmed at the interview. */
  public static final ProcessVariable<Boolean> VOLUNTARY = ProcessVariable.of("voluntary", Boolean.class);
  /** Read by {@link #GATEWAY_DEPARTED}: departure confirmed (else the request was withdrawn). */
  public static final ProcessVariable<Boolean> DEPARTED = ProcessVariable.of("departed", Boolean.class);
  /** Multi-instance element variable: the {@link ContactBody} of one contact, by name. */
  public static final ProcessVariable<String> CONTACT_BODY = ProcessVariable.of("contactBody", String.class);
  /** Read by {@link #GATEWAY_MISSING_REPLY}: {@link #RESEND} or {@link #PROCEED}. */
  public static final ProcessVariable<String> MISSING_REPLY_ACTION = ProcessVariable.of("missingReplyAction", String.class);
  public static final ProcessVariable<String> WITHDRAWN_ON = ProcessVariable.of("withdrawnOn", String.class);
  public static final ProcessVariable<String> WITHDRAWAL_REASON = ProcessVariable.of("withdrawalReason", String.class);

  public static final String RESEND = "resend";
  public static final String PROCEED = "proceed";

  /** Start form fields taken off the process once they are in the data bank. */
  static final List<String> REQUEST_FIELDS = List.of("requestedOn", "requestReference");
  /** Interview fields taken off the process once they are in the data bank. */
  static final List<String> INTERVIEW_FIELDS = List.of("interviewSummary", "returningMembers");

  private VoluntaryReturnProcess() {}
}
