package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.*;
import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
import static kz.migration.refugee.shared.Roles.CASEWORKERS;
import static kz.migration.refugee.shared.Roles.MANAGERS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.migration.refugee.shared.TaskDeadlines;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths through {@code bpmn/voluntary-return.bpmn} on an in-memory engine ({@code process-test.cfg.xml}), every
 * bean the model names replaced by a Mockito mock that writes the variables the real bean writes. The class
 * fails unless its tests together cover every flow node and sequence flow of the model.
 */
// the standalone in-memory engine's tests run in a JVM of their own (surefire execution process-tests)
@Tag("process")
@Deployment(resources = BPMN)
class VoluntaryReturnProcessTest {

  private static final String PROCESS_ENGINE_CONFIGURATION = "process-test.cfg.xml";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource(PROCESS_ENGINE_CONFIGURATION)
          .assertClassCoverageAtLeast(1.0).build();

  private static final long CASE = 42L;
  private static final long RETURN = 7L;
  private static final String CASE_NO = "RS-2025-000042";
  private static final String RETRY_CYCLE = "R2/PT1M";
  private static final String ORIGIN = ContactBody.ORIGIN_MIGRATION_SERVICE.name();
  private static final String UNHCR = ContactBody.UNHCR.name();
  private static final String IOM = ContactBody.IOM.name();
  private static final List<String> BODIES = List.of(ORIGIN, UNHCR, IOM);

  private final JavaDelegate registerReturnRequest = mock(JavaDelegate.class);
  private final TaskListener confirmVoluntariness = mock(TaskListener.class);
  private final JavaDelegate sendContactRequest = mock(JavaDelegate.class);
  private final JavaDelegate sendContactReminder = mock(JavaDelegate.class);
  private final TaskListener handleMissingReply = mock(TaskListener.class);
  private final TaskListener confirmDeparture = mock(TaskListener.class);
  private final JavaDelegate deregisterReturnees = mock(JavaDelegate.class);
  private final JavaDelegate recordWithdrawal = mock(JavaDelegate.class);
  private final ReturnContactSettings settings = mock(ReturnContactSettings.class);
  private final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);

  /** Due dates the configuration answers in the application. */
  private final java.util.Date stepDue = new java.util.Date(System.currentTimeMillis() + 5 * 86_400_000L);
  private final java.util.Date departureDue = new java.util.Date(System.currentTimeMillis() + 30 * 86_400_000L);

  /** The bodies the adapter was asked, in order. */
  private final List<String> requested = new ArrayList<>();
  /** While set, the adapter cannot reach the origin country's migration service. */
  private final AtomicBoolean originUnreachable = new AtomicBoolean();

  @BeforeEach
  void setUp() throws Exception {
    init(extension.getProcessEngine());
    requested.clear();
    originUnreachable.set(false);

    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setProcessBusinessKey(CASE_NO);
      execution.setVariable(CASE_NUMBER.name(), CASE_NO);
      execution.setVariable(CASE_ID.name(), CASE);
      execution.setVariable(RETURN_ID.name(), RETURN);
      execution.setVariable(WHOLE_FAMILY.name(), execution.getVariable("wholeFamily"));
      execution.removeVariables(REQUEST_FIELDS);
      return null;
    }).when(registerReturnRequest).execute(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        task.setVariable(VOLUNTARY.name(), "confirmed".equals(task.getVariable("voluntariness")));
      }
      return null;
    }).when(confirmVoluntariness).notify(any());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      String body = (String) execution.getVariable(CONTACT_BODY.name());
      if (ORIGIN.equals(body) && originUnreachable.get()) {
        throw new IllegalStateException("origin migration service unreachable");
      }
      requested.add(body);
      return null;
    }).when(sendContactRequest).execute(any());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      task.setVariable(DEPARTED.name(), "departed".equals(task.getVariable("departure")));
      return null;
    }).when(confirmDeparture).notify(any());
    when(settings.getRetryCycle()).thenReturn(RETRY_CYCLE);
    when(settings.getReminderCycle()).thenReturn("R/P7D");
    when(settings.getReplyTimeout()).thenReturn("P30D");
    when(settings.getContactBodies()).thenReturn(BODIES);

    Mocks.register(delegateOf(TASK_REGISTER_RETURN_REQUEST), registerReturnRequest);
    Mocks.register(listenerOf(TASK_CONFIRM_VOLUNTARINESS), confirmVoluntariness);
    Mocks.register(delegateOf(TASK_SEND_CONTACT_REQUEST), sendContactRequest);
    Mocks.register(delegateOf(TASK_SEND_CONTACT_REMINDER), sendContactReminder);
    Mocks.register(listenerOf(TASK_HANDLE_MISSING_REPLY), handleMissingReply);
    Mocks.register(listenerOf(TASK_CONFIRM_DEPARTURE), confirmDeparture);
    Mocks.register(delegateOf(TASK_DEREGISTER_RETURNEES), deregisterReturnees);
    Mocks.register(delegateOf(TASK_RECORD_WITHDRAWAL), recordWithdrawal);
    Mocks.register(delegateOf(TASK_RECORD_LATE_WITHDRAWAL), recordWithdrawal);
    Mocks.register("returnContactSettings", settings);
    when(taskDeadlines.step()).thenReturn(stepDue);
    when(taskDeadlines.departure()).thenReturn(departureDue);
    Mocks.register("taskDeadlines", taskDeadlines);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Return
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void aVoluntaryReturnContactsTheThreeBodiesAndEndsWithTheReturneesDeregistered() throws Exception {
    ProcessInstance r = request();
    assertThat(r).hasPassedInOrder(START_RETURN_REQUESTED, TASK_REGISTER_RETURN_REQUEST)
        .hasBusinessKey(CASE_NO).isWaitingAt(TASK_CONFIRM_VOLUNTARINESS);
    assertThat(r).variables().containsEntry(CASE_ID.name(), CASE).containsEntry(RETURN_ID.name(), RETURN)
        .containsEntry(WHOLE_FAMILY.name(), true).doesNotContainKey("requestReference");
    assertThat(task(TASK_CONFIRM_VOLUNTARINESS, r)).hasCandidateGroup(CASEWORKERS).hasCandidateGroup(MANAGERS)
        .hasDueDate(stepDue);
    Assertions.assertThat(task(TASK_CONFIRM_VOLUNTARINESS, r).getDescription()).contains("добровольности");

    confirmVoluntariness(r);
    assertThat(r).hasPassed(GATEWAY_VOLUNTARY, START_CONTACT_STARTED, GATEWAY_TO_SEND_REQUEST)
        .isWaitingAt(TASK_SEND_CONTACT_REQUEST);
    sendRequests(r);
    Assertions.assertThat(requested).containsExactlyInAnyOrderElementsOf(BODIES);
    assertThat(r).isWaitingAt(TASK_AWAIT_REPLY);
    Assertions.assertThat(runtimeService().createExecutionQuery().processInstanceId(r.getId())
        .activityId(TASK_AWAIT_REPLY).count()).as("one contact per body").isEqualTo(3);
    // each waiting contact has its reminder and its timeout
    Assertions.assertThat(jobQuery().processInstanceId(r.getId()).activityId(BOUNDARY_REMINDER_DUE).count()).isEqualTo(3);
    Assertions.assertThat(jobQuery().processInstanceId(r.getId()).activityId(BOUNDARY_REPLY_OVERDUE).count()).isEqualTo(3);

    reply(ORIGIN);
    reply(UNHCR);
    assertThat(r).isWaitingAt(TASK_AWAIT_REPLY).isNotWaitingAt(TASK_CONFIRM_DEPARTURE);
    reply(IOM);
    assertThat(r).hasPassed(GATEWAY_CONTACT_DONE, END_CONTACT_DONE, SUBPROCESS_CONTACT_BODIES)
        .isWaitingAt(TASK_CONFIRM_DEPARTURE);
    Assertions.assertThat(jobQuery().processInstanceId(r.getId()).count()).as("timers gone with the contacts").isZero();
    assertThat(task(TASK_CONFIRM_DEPARTURE, r)).hasCandidateGroup(CASEWORKERS).hasCandidateGroup(MANAGERS)
        .hasDueDate(departureDue);

    complete(task(TASK_CONFIRM_DEPARTURE, r), withVariables("departure", "departed", "departedOn", "2025-06-01"));
    assertThat(r).hasPassedInOrder(TASK_CONFIRM_DEPARTURE, GATEWAY_DEPARTED, TASK_DEREGISTER_RETURNEES, END_RETURNED)
        .hasNotPassed(TASK_RECORD_WITHDRAWAL, TASK_HANDLE_MISSING_REPLY).isEnded();
    verify(deregisterReturnees).execute(any());
    verify(recordWithdrawal, never()).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Withdrawal
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void aRequestWithdrawnAtTheInterviewEndsWithoutAnyContactAndLeavesTheStatus() {
    ProcessInstance r = request();
    complete(task(TASK_CONFIRM_VOLUNTARINESS, r), withVariables("voluntariness", "withdrawn",
        "interviewDate", "2025-05-02", "withdrawalReason", "передумал"));
    assertThat(r).hasPassedInOrder(GATEWAY_VOLUNTARY, GATEWAY_TO_WITHDRAWAL, TASK_RECORD_WITHDRAWAL, END_WITHDRAWN)
        .hasNotPassed(SUBPROCESS_CONTACT_BODIES, TASK_DEREGISTER_RETURNEES).isEnded();
    Assertions.assertThat(requested).isEmpty();
  }

  @Test
  void aWithdrawalArrivingWhileTheBodiesAreContactedEndsTheReturnAtOnce() throws Exception {
    ProcessInstance r = request();
    confirmVoluntariness(r);
    sendRequests(r);
    reply(UNHCR);

    runtimeService().createMessageCorrelation(MESSAGE_RETURN_WITHDRAWN).processInstanceBusinessKey(CASE_NO)
        .setVariable("withdrawnOn", "2025-05-20").setVariable("withdrawalReason", "семья решила остаться").correlate();

    assertThat(r).hasPassedInOrder(START_RETURN_WITHDRAWN, TASK_RECORD_LATE_WITHDRAWAL, END_WITHDRAWN_LATE)
        .hasNotPassed(TASK_CONFIRM_DEPARTURE, TASK_DEREGISTER_RETURNEES).isEnded();
    assertThat(r).hasPassed(SUBPROCESS_WITHDRAWAL_RECEIVED);
    verify(recordWithdrawal).execute(any());
    Assertions.assertThat(jobQuery().processInstanceId(r.getId()).count()).isZero();
  }

  @Test
  void aRequestWithdrawnAtDepartureIsRecordedAndNobodyIsDeregistered() throws Exception {
    ProcessInstance r = contactsAnswered();
    complete(task(TASK_CONFIRM_DEPARTURE, r), withVariables("departure", "withdrawn", "withdrawnOn", "2025-06-01",
        "withdrawalReason", "болезнь ребёнка"));
    assertThat(r).hasPassedInOrder(GATEWAY_DEPARTED, GATEWAY_TO_WITHDRAWAL, TASK_RECORD_WITHDRAWAL, END_WITHDRAWN)
        .hasNotPassed(TASK_DEREGISTER_RETURNEES).isEnded();
    verify(deregisterReturnees, never()).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Reminders and timeouts
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void anUnansweredBodyIsRemindedAndStillAwaited() throws Exception {
    ProcessInstance r = request();
    confirmVoluntariness(r);
    sendRequests(r);

    execute(timer(r, BOUNDARY_REMINDER_DUE, IOM));
    assertThat(r).hasPassed(BOUNDARY_REMINDER_DUE, TASK_SEND_CONTACT_REMINDER, END_REMINDER_SENT)
        .isWaitingAt(TASK_AWAIT_REPLY);
    verify(sendContactReminder, times(1)).execute(any());
    // a cycle: the next reminder is already scheduled, the timeout unchanged
    Assertions.assertThat(jobQuery().processInstanceId(r.getId()).activityId(BOUNDARY_REMINDER_DUE).count()).isEqualTo(3);
    Assertions.assertThat(timer(r, BOUNDARY_REPLY_OVERDUE, IOM)).isNotNull();

    reply(IOM);
    reply(ORIGIN);
    reply(UNHCR);
    assertThat(r).isWaitingAt(TASK_CONFIRM_DEPARTURE);
  }

  @Test
  void aReplyTimeoutLetsTheCaseworkerResendTheRequest() throws Exception {
    ProcessInstance r = request();
    confirmVoluntariness(r);
    sendRequests(r);
    reply(UNHCR);
    reply(IOM);

    execute(timer(r, BOUNDARY_REPLY_OVERDUE, ORIGIN));
    assertThat(r).hasPassed(BOUNDARY_REPLY_OVERDUE).isWaitingAt(TASK_HANDLE_MISSING_REPLY);
    assertThat(task(TASK_HANDLE_MISSING_REPLY, r)).hasCandidateGroup(CASEWORKERS).hasDueDate(stepDue);
    Assertions.assertThat(jobQuery().processInstanceId(r.getId()).timers().count()).as("reminder ends with the wait").isZero();

    complete(task(TASK_HANDLE_MISSING_REPLY, r), withVariables("missingReplyAction", "resend"));
    assertThat(r).hasPassed(GATEWAY_MISSING_REPLY).isWaitingAt(TASK_SEND_CONTACT_REQUEST);
    execute(job(TASK_SEND_CONTACT_REQUEST, r));
    Assertions.assertThat(requested).containsExactly(ORIGIN, UNHCR, IOM, ORIGIN);
    assertThat(r).isWaitingAt(TASK_AWAIT_REPLY);

    reply(ORIGIN);
    assertThat(r).isWaitingAt(TASK_CONFIRM_DEPARTURE);
    verify(handleMissingReply).notify(any());
  }

  @Test
  void aReplyTimeoutLetsTheCaseworkerGoOnWithoutThatBody() throws Exception {
    ProcessInstance r = request();
    confirmVoluntariness(r);
    sendRequests(r);
    reply(ORIGIN);
    reply(IOM);

    execute(timer(r, BOUNDARY_REPLY_OVERDUE, UNHCR));
    complete(task(TASK_HANDLE_MISSING_REPLY, r), withVariables("missingReplyAction", "proceed"));
    assertThat(r).hasPassed(GATEWAY_MISSING_REPLY, GATEWAY_CONTACT_DONE).isWaitingAt(TASK_CONFIRM_DEPARTURE);
    Assertions.assertThat(requested).hasSize(3);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Adapter failure
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void anUnreachableOriginCountryServiceIsRetriedThenRaisesAnIncidentAndResumesAfterARetry() throws Exception {
    ProcessInstance r = request();
    confirmVoluntariness(r);
    originUnreachable.set(true);
    for (Job job : jobQuery().processInstanceId(r.getId()).activityId(TASK_SEND_CONTACT_REQUEST).list()) {
      try {
        execute(job);
      } catch (IllegalStateException e) {
        // the origin country's request: left to its retries
      }
    }
    // R2/PT1M: two attempts, then the job is out of retries
    Job origin = jobQuery().processInstanceId(r.getId()).activityId(TASK_SEND_CONTACT_REQUEST).singleResult();
    assertThatThrownBy(() -> execute(origin)).hasMessageContaining("unreachable");
    Job exhausted = jobQuery().processInstanceId(r.getId()).activityId(TASK_SEND_CONTACT_REQUEST).singleResult();
    Assertions.assertThat(exhausted.getRetries()).isZero();
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(r.getId())
        .activityId(TASK_SEND_CONTACT_REQUEST).singleResult();
    Assertions.assertThat(incident).isNotNull();
    Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    Assertions.assertThat(incident.getIncidentMessage()).contains("unreachable");
    // the return is not lost: the other bodies wait for their replies, the origin country's request at its step
    assertThat(r).isActive().isWaitingAt(TASK_SEND_CONTACT_REQUEST, TASK_AWAIT_REPLY);
    Assertions.assertThat(requested).containsExactlyInAnyOrder(UNHCR, IOM);

    originUnreachable.set(false);
    managementService().setJobRetries(exhausted.getId(), 1);
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(r.getId()).count()).isZero();
    execute(jobQuery().processInstanceId(r.getId()).activityId(TASK_SEND_CONTACT_REQUEST).singleResult());
    Assertions.assertThat(requested).containsExactlyInAnyOrder(UNHCR, IOM, ORIGIN);
    reply(ORIGIN);
    reply(UNHCR);
    reply(IOM);
    assertThat(r).isWaitingAt(TASK_CONFIRM_DEPARTURE);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Steps
  // ---------------------------------------------------------------------------------------------------------

  private ProcessInstance request() {
    return runtimeService().startProcessInstanceByKey(KEY, withVariables(CASE_NUMBER.name(), CASE_NO,
        "requestedOn", "2025-05-01", "requestReference", "ВХ-123", "wholeFamily", true));
  }

  private void confirmVoluntariness(ProcessInstance r) {
    complete(task(TASK_CONFIRM_VOLUNTARINESS, r), withVariables("voluntariness", "confirmed",
        "interviewDate", "2025-05-02", "interviewSummary", "Желание вернуться выражено добровольно"));
  }

  private void sendRequests(ProcessInstance r) {
    jobQuery().processInstanceId(r.getId()).activityId(TASK_SEND_CONTACT_REQUEST).list()
        .stream().sorted((a, b) -> Integer.compare(order(a), order(b))).forEach(job -> execute(job));
  }

  private ProcessInstance contactsAnswered() {
    ProcessInstance r = request();
    confirmVoluntariness(r);
    sendRequests(r);
    BODIES.forEach(this::reply);
    assertThat(r).isWaitingAt(TASK_CONFIRM_DEPARTURE);
    return r;
  }

  private void reply(String body) {
    runtimeService().createMessageCorrelation(MESSAGE_CONTACT_REPLIED).processInstanceBusinessKey(CASE_NO)
        .localVariableEquals(CONTACT_BODY.name(), body).correlate();
  }

  /** The timer of one body's contact. */
  private Job timer(ProcessInstance r, String boundaryEvent, String body) {
    return jobQuery().processInstanceId(r.getId()).activityId(boundaryEvent).list().stream()
        .filter(job -> body.equals(runtimeService().getVariable(job.getExecutionId(), CONTACT_BODY.name())))
        .findFirst().orElseThrow();
  }

  private int order(Job job) {
    return BODIES.indexOf((String) runtimeService().getVariable(job.getExecutionId(), CONTACT_BODY.name()));
  }
}
