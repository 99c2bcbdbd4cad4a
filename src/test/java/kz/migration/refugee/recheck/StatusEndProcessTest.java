package kz.migration.refugee.recheck;

import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
import static kz.migration.refugee.recheck.StatusEndProcess.*;
import static kz.migration.refugee.shared.Roles.CASEWORKERS;
import static kz.migration.refugee.shared.Roles.MANAGERS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import kz.migration.refugee.shared.TaskDeadlines;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * Paths through {@code bpmn/status-end.bpmn} on an in-memory engine, every bean the model names replaced by a mock;
 * what the real steps set from the data bank or a form is given as completion variables or by the mocks. The class
 * fails unless its tests together cover every flow node and sequence flow. Four-eyes, the kinds and the register are
 * the application's: {@code StatusEndTest}.
 */
@Tag("process")
@Deployment(resources = BPMN)
class StatusEndProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource("process-test.cfg.xml")
          .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "RS-2025-000008";
  private static final long STATUS_END = 80L;

  private final JavaDelegate openStatusEnd = mock(JavaDelegate.class);
  private final TaskListener prepareStatusEnd = mock(TaskListener.class);
  private final TaskListener confirmStatusEnd = mock(TaskListener.class);
  private final JavaDelegate notifyStatusEnd = mock(JavaDelegate.class);
  private final TaskListener decideAppeal = mock(TaskListener.class);
  private final JavaDelegate deregisterPersons = mock(JavaDelegate.class);
  private final TaskListener reviewDependants = mock(TaskListener.class);
  private final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);

  private final Date stepDue = daysFromNow(5);
  private final Date appealDecisionDue = daysFromNow(31);
  private final Date appealDueAt = daysFromNow(30);
  /** What the deregistration finds in the data bank: family members still on the register. */
  private boolean dependantsRemain;

  @BeforeEach
  void setUp() throws Exception {
    init(extension.getProcessEngine());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable(PROPOSAL_MADE.name(), execution.hasVariable(STATUS_END_ID.name()));
      return null;
    }).when(openStatusEnd).execute(any());
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable(APPEAL_DUE_AT.name(), appealDueAt);
      return null;
    }).when(notifyStatusEnd).execute(any());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable(DEPENDANTS_REMAIN.name(), dependantsRemain);
      execution.setVariable(STATUS_END_OUTCOME.name(), ENDED);
      return null;
    }).when(deregisterPersons).execute(any());
    Mocks.register(delegateOf(TASK_OPEN_STATUS_END), openStatusEnd);
    Mocks.register(listenerOf(TASK_PREPARE_STATUS_END), prepareStatusEnd);
    Mocks.register(listenerOf(TASK_CONFIRM_STATUS_END), confirmStatusEnd);
    Mocks.register(delegateOf(TASK_NOTIFY_STATUS_END), notifyStatusEnd);
    Mocks.register(listenerOf(TASK_DECIDE_STATUS_END_APPEAL), decideAppeal);
    Mocks.register(delegateOf(TASK_DEREGISTER_PERSONS), deregisterPersons);
    Mocks.register(listenerOf(TASK_REVIEW_DEPENDANTS), reviewDependants);
    when(taskDeadlines.step()).thenReturn(stepDue);
    when(taskDeadlines.appealDecision()).thenReturn(appealDecisionDue);
    Mocks.register("taskDeadlines", taskDeadlines);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void startedFromACaseTheProposalIsPreparedThenConfirmedAndTakesEffectWhenTheWindowCloses() throws Exception {
    ProcessInstance statusEnd = runtimeService().startProcessInstanceByKey(KEY, CASE_NO);

    assertThat(statusEnd).hasPassedInOrder(START_STATUS_END_REQUESTED, TASK_OPEN_STATUS_END, GATEWAY_PROPOSAL_MADE)
        .isWaitingAt(TASK_PREPARE_STATUS_END);
    assertThat(task(TASK_PREPARE_STATUS_END, statusEnd)).hasCandidateGroup(CASEWORKERS).hasCandidateGroup(MANAGERS)
        .hasDueDate(stepDue).hasName("Подготовить прекращение статуса");
    Assertions.assertThat(task(TASK_PREPARE_STATUS_END, statusEnd).getDescription()).contains("членов семьи");
    complete(task(TASK_PREPARE_STATUS_END, statusEnd), Map.of(STATUS_END_ID.name(), STATUS_END));

    assertThat(statusEnd).hasPassed(GATEWAY_TO_CONFIRMATION).isWaitingAt(TASK_CONFIRM_STATUS_END);
    assertThat(task(TASK_CONFIRM_STATUS_END, statusEnd)).hasCandidateGroup(MANAGERS).hasDueDate(stepDue);
    complete(task(TASK_CONFIRM_STATUS_END, statusEnd), Map.of(STATUS_END_CONFIRMED.name(), true));

    assertThat(statusEnd).hasPassed(TASK_NOTIFY_STATUS_END).isWaitingAt(GATEWAY_AWAIT_APPEAL)
        .isWaitingFor(MESSAGE_STATUS_END_APPEAL_LODGED);
    assertThat(job(TIMER_APPEAL_WINDOW_EXPIRED, statusEnd)).hasDueDate(appealDueAt);
    verify(deregisterPersons, never()).execute(any());
    execute(job(TIMER_APPEAL_WINDOW_EXPIRED, statusEnd));

    assertThat(statusEnd).hasPassedInOrder(TIMER_APPEAL_WINDOW_EXPIRED, GATEWAY_TO_DEREGISTRATION, TASK_DEREGISTER_PERSONS,
        GATEWAY_DEPENDANTS_REMAIN, GATEWAY_STATUS_END_DONE, END_STATUS_ENDED).hasNotPassed(TASK_REVIEW_DEPENDANTS)
        .isEnded().variables().containsEntry(STATUS_END_OUTCOME.name(), ENDED);
  }

  @Test
  void aProposalMadeThroughTheApiGoesStraightToConfirmationAndARejectionKeepsTheStatus() throws Exception {
    ProcessInstance statusEnd = startedWithProposal();

    assertThat(statusEnd).hasPassedInOrder(GATEWAY_PROPOSAL_MADE, GATEWAY_TO_CONFIRMATION)
        .hasNotPassed(TASK_PREPARE_STATUS_END).isWaitingAt(TASK_CONFIRM_STATUS_END);
    complete(task(TASK_CONFIRM_STATUS_END, statusEnd),
        Map.of(STATUS_END_CONFIRMED.name(), false, STATUS_END_OUTCOME.name(), KEPT));

    assertThat(statusEnd).hasPassedInOrder(GATEWAY_STATUS_END_CONFIRMED, END_STATUS_END_REJECTED)
        .hasNotPassed(TASK_NOTIFY_STATUS_END).isEnded();
    verify(deregisterPersons, never()).execute(any());
  }

  @Test
  void anUpheldAppealLetsTheEndTakeEffectAndTheRemainingFamilyIsReviewed() throws Exception {
    dependantsRemain = true;
    ProcessInstance statusEnd = notified();

    runtimeService().createMessageCorrelation(MESSAGE_STATUS_END_APPEAL_LODGED).processInstanceBusinessKey(CASE_NO)
        .processInstanceVariableEquals(STATUS_END_ID.name(), STATUS_END).correlate();
    assertThat(statusEnd).hasPassed(EVENT_APPEAL_LODGED).isWaitingAt(TASK_DECIDE_STATUS_END_APPEAL);
    assertThat(task(TASK_DECIDE_STATUS_END_APPEAL, statusEnd)).hasCandidateGroup(MANAGERS).hasDueDate(appealDecisionDue);
    complete(task(TASK_DECIDE_STATUS_END_APPEAL, statusEnd), Map.of(STATUS_END_APPEAL_OUTCOME.name(), UPHELD));

    assertThat(statusEnd).hasPassedInOrder(GATEWAY_APPEAL_UPHELD, GATEWAY_TO_DEREGISTRATION, TASK_DEREGISTER_PERSONS,
        GATEWAY_DEPENDANTS_REMAIN).hasNotPassed(TIMER_APPEAL_WINDOW_EXPIRED).isWaitingAt(TASK_REVIEW_DEPENDANTS);
    assertThat(task(TASK_REVIEW_DEPENDANTS, statusEnd)).hasCandidateGroup(MANAGERS).hasDueDate(stepDue)
        .hasName("Рассмотреть положение членов семьи");
    complete(task(TASK_REVIEW_DEPENDANTS, statusEnd));

    assertThat(statusEnd).hasPassedInOrder(TASK_REVIEW_DEPENDANTS, GATEWAY_STATUS_END_DONE, END_STATUS_ENDED).isEnded();
    verify(deregisterPersons).execute(any());
  }

  @Test
  void anOverturnedAppealKeepsTheStatusAndNobodyIsDeregistered() throws Exception {
    ProcessInstance statusEnd = notified();

    runtimeService().correlateMessage(MESSAGE_STATUS_END_APPEAL_LODGED, CASE_NO);
    complete(task(TASK_DECIDE_STATUS_END_APPEAL, statusEnd),
        Map.of(STATUS_END_APPEAL_OUTCOME.name(), OVERTURNED, STATUS_END_OUTCOME.name(), KEPT));

    assertThat(statusEnd).hasPassedInOrder(GATEWAY_APPEAL_UPHELD, END_STATUS_END_OVERTURNED)
        .hasNotPassed(TASK_DEREGISTER_PERSONS).isEnded();
    verify(deregisterPersons, never()).execute(any());
    Assertions.assertThat(jobQuery().processInstanceId(statusEnd.getId()).count()).isZero();
  }

  private ProcessInstance notified() {
    ProcessInstance statusEnd = startedWithProposal();
    complete(task(TASK_CONFIRM_STATUS_END, statusEnd), Map.of(STATUS_END_CONFIRMED.name(), true));
    assertThat(statusEnd).isWaitingAt(GATEWAY_AWAIT_APPEAL);
    return statusEnd;
  }

  /** As the domain API and the annual recheck start it: the proposal already recorded, its id passed. */
  private static ProcessInstance startedWithProposal() {
    return runtimeService().startProcessInstanceByKey(KEY, CASE_NO, Map.of(STATUS_END_ID.name(), STATUS_END));
  }

  private static Date daysFromNow(int days) {
    return Date.from(Instant.now().plus(Duration.ofDays(days)));
  }
}
