package kz.migration.refugee.recheck;

import java.util.Date;
import kz.migration.refugee.shared.ProcessVariable;
import kz.migration.refugee.shared.TaskListVariables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The annual recheck ({@code bpmn/annual-recheck.bpmn}) as code sees it: element ids, messages and typed variables.
 * {@code Task_X} is carried out by {@code XDelegate} or {@code XListener}, with the form {@code forms/X.form} read
 * into {@code XForm}.
 */
public final class RecheckProcess {

  public static final String KEY = "annual-recheck";
  public static final String BPMN = "bpmn/annual-recheck.bpmn";

  public static final String START_RECHECK_DUE = "StartEvent_RecheckDue";
  public static final String TASK_VERIFY_CIRCUMSTANCES = "Task_VerifyCircumstances";
  public static final String GATEWAY_RECHECK_OUTCOME = "Gateway_RecheckOutcome";
  public static final String TASK_REVIEW_RECHECK = "Task_ReviewRecheck";
  public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
  public static final String END_FAMILY_LEFT_REGISTER = "EndEvent_FamilyLeftRegister";
  public static final String GATEWAY_TO_STATUS_END = "Gateway_ToStatusEnd";
  /** Call activity: the {@code status-end} process decides on the proposal, for the family members registered. */
  public static final String CALL_STATUS_END = "Task_EndStatus";
  public static final String GATEWAY_STATUS_END_OUTCOME = "Gateway_StatusEndOutcome";
  public static final String END_STATUS_ENDED = "EndEvent_StatusEnded";
  public static final String GATEWAY_TO_EXTENSION = "Gateway_ToExtension";
  public static final String TASK_EXTEND_CERTIFICATE = "Task_ExtendCertificate";
  public static final String END_EXTENDED = "EndEvent_Extended";

  // Overdue recheck (event subprocess)
  public static final String SUBPROCESS_RECHECK_OVERDUE = "SubProcess_RecheckOverdue";
  public static final String START_RECHECK_OVERDUE = "StartEvent_RecheckOverdue";
  public static final String TASK_RECORD_RECHECK_OVERDUE = "Task_RecordRecheckOverdue";
  public static final String TASK_HANDLE_OVERDUE_RECHECK = "Task_HandleOverdueRecheck";
  public static final String END_OVERDUE_HANDLED = "EndEvent_OverdueHandled";

  public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
  /** Case number, also the process instance's business key; shown in Tasklist's filters. */
  public static final ProcessVariable<String> CASE_NUMBER = TaskListVariables.CASE_NUMBER;
  /** Head of family's surname and given name, shown in Tasklist's filters; display only, never read by a step. */
  public static final ProcessVariable<String> FAMILY_NAME = TaskListVariables.FAMILY_NAME;
  /** Data bank id of the recheck, held against the business key's case by {@link RecheckOfProcess}. */
  public static final ProcessVariable<Long> RECHECK_ID = ProcessVariable.of("recheckId", Long.class);
  /** Start of the day after the certificate expires: the recheck is overdue from then on. */
  public static final ProcessVariable<Date> RECHECK_OVERDUE_AT = ProcessVariable.of("recheckOverdueAt", Date.class);
  /** Read by the outcome gateways: {@link #EXTEND}, {@link #CESSATION}, {@link #DEPRIVATION}, {@link #REFER}, {@link #NONE_REGISTERED}. */
  public static final ProcessVariable<String> RECHECK_OUTCOME = ProcessVariable.of("recheckOutcome", String.class);
  // A proposed cessation or deprivation goes to the called status-end process as StatusEndProcess.STATUS_END_ID,
  // STATUS_END_KIND, STATUS_END_REASON (with CASE_ID); its result comes back as StatusEndProcess.STATUS_END_OUTCOME.

  // What the forms show, read when they are opened: the family's registered members and the configured grounds
  public static final ProcessVariable<SpinJsonNode> FAMILY_MEMBERS = ProcessVariable.of("familyMembers", SpinJsonNode.class);
  public static final ProcessVariable<SpinJsonNode> CESSATION_GROUNDS =
      ProcessVariable.of("cessationGrounds", SpinJsonNode.class);
  public static final ProcessVariable<SpinJsonNode> DEPRIVATION_GROUNDS =
      ProcessVariable.of("deprivationGrounds", SpinJsonNode.class);
  public static final ProcessVariable<String> CERTIFICATE_VALID_UNTIL = ProcessVariable.of("certificateValidUntil", String.class);
  /**
   * The standard next period, shown as a hint beside the date fields, which the person fills in.
   */
  public static final ProcessVariable<String> SUGGESTED_VALID_FROM = ProcessVariable.of("suggestedValidFrom", String.class);
  public static final ProcessVariable<String> SUGGESTED_VALID_UNTIL = ProcessVariable.of("suggestedValidUntil", String.class);

  public static final String EXTEND = "extend";
  public static final String CESSATION = "cessation";
  public static final String DEPRIVATION = "deprivation";
  public static final String REFER = "refer";
  public static final String NONE_REGISTERED = "none-registered";

  private RecheckProcess() {}
}
