package kz.migration.refugee.repatriation;

/** Element ids, messages and bean names of {@code bpmn/voluntary-return.bpmn}, for the tests. */
final class VoluntaryReturnModel {

  static final String PROCESS_KEY = ReturnVariables.PROCESS_KEY;
  static final String BPMN = "bpmn/voluntary-return.bpmn";

  // Request and voluntariness
  static final String START_RETURN_REQUESTED = "StartEvent_ReturnRequested";
  static final String TASK_REGISTER_RETURN_REQUEST = "Task_RegisterReturnRequest";
  static final String TASK_CONFIRM_VOLUNTARINESS = "Task_ConfirmVoluntariness";
  static final String GATEWAY_VOLUNTARY = "Gateway_Voluntary";

  // Contacts with the origin country's migration service, UNHCR and IOM (parallel multi-instance)
  static final String SUBPROCESS_CONTACT_BODIES = "SubProcess_ContactBodies";
  static final String START_CONTACT_STARTED = "StartEvent_ContactStarted";
  static final String GATEWAY_TO_SEND_REQUEST = "Gateway_ToSendRequest";
  static final String TASK_SEND_CONTACT_REQUEST = "Task_SendContactRequest";
  static final String TASK_AWAIT_REPLY = "Task_AwaitReply";
  static final String BOUNDARY_REMINDER_DUE = "BoundaryEvent_ReminderDue";
  static final String TASK_SEND_CONTACT_REMINDER = "Task_SendContactReminder";
  static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
  static final String BOUNDARY_REPLY_OVERDUE = "BoundaryEvent_ReplyOverdue";
  static final String TASK_HANDLE_MISSING_REPLY = "Task_HandleMissingReply";
  static final String GATEWAY_MISSING_REPLY = "Gateway_MissingReply";
  static final String GATEWAY_CONTACT_DONE = "Gateway_ContactDone";
  static final String END_CONTACT_DONE = "EndEvent_ContactDone";

  // Departure or withdrawal
  static final String TASK_CONFIRM_DEPARTURE = "Task_ConfirmDeparture";
  static final String GATEWAY_DEPARTED = "Gateway_Departed";
  static final String TASK_DEREGISTER_RETURNEES = "Task_DeregisterReturnees";
  static final String END_RETURNED = "EndEvent_Returned";
  static final String GATEWAY_TO_WITHDRAWAL = "Gateway_ToWithdrawal";
  static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
  static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  // Withdrawal at any moment (event subprocess)
  static final String SUBPROCESS_WITHDRAWAL_RECEIVED = "SubProcess_WithdrawalReceived";
  static final String START_RETURN_WITHDRAWN = "StartEvent_ReturnWithdrawn";
  static final String TASK_RECORD_LATE_WITHDRAWAL = "Task_RecordLateWithdrawal";
  static final String END_WITHDRAWN_LATE = "EndEvent_WithdrawnLate";

  static final String MESSAGE_CONTACT_REPLIED = ReturnVariables.MESSAGE_CONTACT_REPLIED;
  static final String MESSAGE_RETURN_WITHDRAWN = ReturnVariables.MESSAGE_RETURN_WITHDRAWN;

  // Beans the model resolves by expression
  static final String BEAN_REGISTER_RETURN_REQUEST = "registerReturnRequestDelegate";
  static final String BEAN_CONFIRM_VOLUNTARINESS = "confirmVoluntarinessListener";
  static final String BEAN_SEND_CONTACT_REQUEST = "sendContactRequestDelegate";
  static final String BEAN_SEND_CONTACT_REMINDER = "sendContactReminderDelegate";
  static final String BEAN_HANDLE_MISSING_REPLY = "handleMissingReplyListener";
  static final String BEAN_CONFIRM_DEPARTURE = "confirmDepartureListener";
  static final String BEAN_DEREGISTER_RETURNEES = "deregisterReturneesDelegate";
  static final String BEAN_RECORD_WITHDRAWAL = "recordWithdrawalDelegate";
  static final String BEAN_RETURN_CONTACT_SETTINGS = "returnContactSettings";

  static final String ORIGIN = ContactBody.ORIGIN_MIGRATION_SERVICE.name();
  static final String UNHCR = ContactBody.UNHCR.name();
  static final String IOM = ContactBody.IOM.name();

  private VoluntaryReturnModel() {}
}
