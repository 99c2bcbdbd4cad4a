package kz.migration.refugee.recheck;

import java.util.Date;
import kz.migration.refugee.shared.ProcessVariable;
import kz.migration.refugee.shared.TaskListVariables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The end of status of chosen persons ({@code bpmn/status-end.bpmn}) as code sees it: element ids, messages and typed
 * variables. Started by a caseworker from a case (Tasklist start form, or the domain API with the proposal already
 * made), or called by the annual recheck. {@code Task_X} is carried out by {@code XDelegate} or {@code XListener}.
 */
public final class StatusEndProcess {

  public static final String KEY = "status-end";
  public static final String BPMN = "bpmn/status-end.bpmn";

  public static final String START_STATUS_END_REQUESTED = "StartEvent_StatusEndRequested";
  public static final String TASK_OPEN_STATUS_END = "Task_OpenStatusEnd";
  public static final String GATEWAY_PROPOSAL_MADE = "Gateway_ProposalMade";
  public static final String TASK_PREPARE_STATUS_END = "Task_PrepareStatusEnd";
  public static final String GATEWAY_TO_CONFIRMATION = "Gateway_ToConfirmation";
  public static final String TASK_CONFIRM_STATUS_END = "Task_ConfirmStatusEnd";
  public static final String GATEWAY_STATUS_END_CONFIRMED = "Gateway_StatusEndConfirmed";
  public static final String END_STATUS_END_REJECTED = "EndEvent_StatusEndRejected";
  public static final String TASK_NOTIFY_STATUS_END = "Task_NotifyStatusEnd";
  public static final String GATEWAY_AWAIT_APPEAL = "Gateway_AwaitStatusEndAppeal";
  public static final String TIMER_APPEAL_WINDOW_EXPIRED = "Timer_StatusEndAppealWindowExpired";
  public static final String EVENT_APPEAL_LODGED = "Event_StatusEndAppealLodged";
  public static final String TASK_DECIDE_STATUS_END_APPEAL = "Task_DecideStatusEndAppeal";
  public static final String GATEWAY_APPEAL_UPHELD = "Gateway_StatusEndAppealUpheld";
  public static final String END_STATUS_END_OVERTURNED = "EndEvent_StatusEndOverturned";
  public static final String GATEWAY_TO_DEREGISTRATION = "Gateway_ToDeregistration";
  public static final String TASK_DEREGISTER_PERSONS = "Task_DeregisterPersons";
  public static final String GATEWAY_DEPENDANTS_REMAIN = "Gateway_DependantsRemain";
  public static final String TASK_REVIEW_DEPENDANTS = "Task_ReviewDependants";
  public static final String GATEWAY_STATUS_END_DONE = "Gateway_StatusEndDone";
  public static final String END_STATUS_ENDED = "EndEvent_StatusEnded";

  public static final String MESSAGE_STATUS_END_APPEAL_LODGED = "StatusEndAppealLodged";

  /** Case number: the business key, and shown in Tasklist's filters. */
  public static final ProcessVariable<String> CASE_NUMBER = TaskListVariables.CASE_NUMBER;
  public static final ProcessVariable<String> FAMILY_NAME = TaskListVariables.FAMILY_NAME;
  public static final ProcessVariable<Long> CASE_ID = ProcessVariable.of("caseId", Long.class);
  /** Data bank id of the end of status; held against the business key's case by {@link StatusEndOfProcess}. */
  public static final ProcessVariable<Long> STATUS_END_ID = ProcessVariable.of("statusEndId", Long.class);
  /** {@link StatusEndKind#code()}, for Tasklist and Cockpit; the data bank's record is what the steps read. */
  public static final ProcessVariable<String> STATUS_END_KIND = ProcessVariable.of("statusEndKind", String.class);
  /** The configured reason's code, as {@link #STATUS_END_KIND}. */
  public static final ProcessVariable<String> STATUS_END_REASON = ProcessVariable.of("statusEndReason", String.class);
  /** Read by {@link #GATEWAY_PROPOSAL_MADE}: started with the proposal made (API, annual recheck) or to prepare it. */
  public static final ProcessVariable<Boolean> PROPOSAL_MADE = ProcessVariable.of("statusEndProposalMade", Boolean.class);
  /** Read by {@link #GATEWAY_STATUS_END_CONFIRMED}. */
  public static final ProcessVariable<Boolean> STATUS_END_CONFIRMED = ProcessVariable.of("statusEndConfirmed", Boolean.class);
  /** When the appeal window closes (the day after its last day). */
  public static final ProcessVariable<Date> APPEAL_DUE_AT = ProcessVariable.of("appealDueAt", Date.class);
  /** Read by {@link #GATEWAY_APPEAL_UPHELD}: {@link #UPHELD} or {@link #OVERTURNED}. */
  public static final ProcessVariable<String> STATUS_END_APPEAL_OUTCOME =
      ProcessVariable.of("statusEndAppealOutcome", String.class);
  /** Read by {@link #GATEWAY_DEPENDANTS_REMAIN}: family members remain on the register after the end took effect. */
  public static final ProcessVariable<Boolean> DEPENDANTS_REMAIN = ProcessVariable.of("dependantsRemain", Boolean.class);
  /** The result a calling process reads: {@link #ENDED} or {@link #KEPT}. */
  public static final ProcessVariable<String> STATUS_END_OUTCOME = ProcessVariable.of("statusEndOutcome", String.class);

  // What the forms show, read when they are opened
  public static final ProcessVariable<SpinJsonNode> FAMILY_MEMBERS = RecheckProcess.FAMILY_MEMBERS;
  public static final ProcessVariable<SpinJsonNode> REASON_OPTIONS = ProcessVariable.of("statusEndReasonOptions", SpinJsonNode.class);
  public static final ProcessVariable<SpinJsonNode> DEPENDANT_OPTIONS = ProcessVariable.of("dependantOptions", SpinJsonNode.class);
  /** The proposal as the confirming and reviewing managers read it. */
  public static final ProcessVariable<String> PROPOSAL = ProcessVariable.of("statusEndProposal", String.class);

  public static final String UPHELD = "upheld";
  public static final String OVERTURNED = "overturned";
  public static final String ENDED = "ended";
  public static final String KEPT = "kept";

  private StatusEndProcess() {}
}
