package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.*;
import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
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
import kz.migration.refugee.shared.TaskDeadlines;
import java.util.Map;
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
 * Paths through {@code bpmn/annual-recheck.bpmn} on an in-memory engine, every bean the model names replaced
 * by a mock. The variables the real listeners set from a form are given as the task's completion
 * variables. The class fails unless its tests together cover every flow node and sequence flow.
 */
// the standalone in-memory engine's tests run in a JVM of their own (surefire execution process-tests)
@Tag("process")
@Deployment(resources = BPMN)
class AnnualRecheckProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource("process-test.cfg.xml")
          .assertClassCoverageAtLeast(1.0).build();

  private static final long CASE = 7L;
  private static final String CASE_NO = "RS-2025-000007";
  private static final long RECHECK = 70L;

  private final TaskListener verifyCircumstances = mock(TaskListener.class);
  private final TaskListener reviewRecheck = mock(TaskListener.class);
  private final TaskListener confirmStatusEnd = mock(TaskListener.class);
  private final JavaDelegate notifyStatusEnd = mock(JavaDelegate.class);
  private final TaskListener decideAppeal = mock(TaskListener.class);
  private final JavaDelegate deregisterFamily = mock(JavaDelegate.class);
  private final JavaDelegate extendCertificate = mock(JavaDelegate.class);
  private final JavaDelegate recordOverdue = mock(JavaDelegate.class);
  private final TaskListener handleOverdue = mock(TaskListener.class);
  private final RecheckDeadlines recheckDeadlines = mock(RecheckDeadlines.class);
  private final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);

  /** Due dates the deadline beans answer: from the data bank and the configuration in the application. */
  private final Date recheckDue = daysFromNow(29);
  private final Date stepDue = daysFromNow(5);
  private final Date appealDecisionDue = daysFromNow(31);
  private final Date escalationDue = daysFromNow(2);

  private Date appealDueAt;

  @BeforeEach
  void setUp() throws Exception {
    init(extension.getProcessEngine());
    appealDueAt = daysFromNow(30);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable(APPEAL_DUE_AT.name(), appealDueAt);
      return null;
    }).when(notifyStatusEnd).execute(any());
    Mocks.register(listenerOf(TASK_VERIFY_CIRCUMSTANCES), verifyCircumstances);
    Mocks.register(listenerOf(TASK_REVIEW_RECHECK), reviewRecheck);
    Mocks.register(listenerOf(TASK_CONFIRM_STATUS_END), confirmStatusEnd);
    Mocks.register(delegateOf(TASK_NOTIFY_STATUS_END), notifyStatusEnd);
    Mocks.register(listenerOf(TASK_DECIDE_STATUS_END_APPEAL), decideAppeal);
    Mocks.register(delegateOf(TASK_DEREGISTER_FAMILY), deregisterFamily);
    Mocks.register(delegateOf(TASK_EXTEND_CERTIFICATE), extendCertificate);
    Mocks.register(delegateOf(TASK_RECORD_RECHECK_OVERDUE), recordOverdue);
    Mocks.register(listenerOf(TASK_HANDLE_OVERDUE_RECHECK), handleOverdue);
    when(recheckDeadlines.recheck(any())).thenReturn(recheckDue);
    when(taskDeadlines.step()).thenReturn(stepDue);
    when(taskDeadlines.appealDecision()).thenReturn(appealDecisionDue);
    when(taskDeadlines.escalation()).thenReturn(escalationDue);
    Mocks.register("recheckDeadlines", recheckDeadlines);
    Mocks.register("taskDeadlines", taskDeadlines);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void familyStillInNeedOfProtectionHasItsCertificateExtended() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));
    assertThat(recheck).isWaitingAt(TASK_VERIFY_CIRCUMSTANCES).hasBusinessKey(CASE_NO);
    assertThat(task(TASK_VERIFY_CIRCUMSTANCES, recheck)).hasCandidateGroup(CASEWORKERS).hasCandidateGroup(MANAGERS)
        .hasDueDate(recheckDue);
    Assertions.assertThat(task(TASK_VERIFY_CIRCUMSTANCES, recheck).getDescription()).contains("перерегистрация");

    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), EXTEND));

    assertThat(recheck).hasPassedInOrder(TASK_VERIFY_CIRCUMSTANCES, GATEWAY_RECHECK_OUTCOME, GATEWAY_TO_EXTENSION,
        TASK_EXTEND_CERTIFICATE, END_EXTENDED).hasNotPassed(TASK_CONFIRM_STATUS_END).isEnded();
    verify(extendCertificate).execute(any());
    verify(deregisterFamily, never()).execute(any());
    Assertions.assertThat(jobQuery().processInstanceId(recheck.getId()).count()).isZero();
  }

  @Test
  void familyWithNobodyLeftOnTheRegisterEndsWithoutExtension() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));

    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), NONE_REGISTERED));

    assertThat(recheck).hasPassed(END_FAMILY_LEFT_REGISTER).hasNotPassed(TASK_EXTEND_CERTIFICATE).isEnded();
  }

  @Test
  void referredRecheckIsSettledByAManagerWhoExtends() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));

    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), REFER));
    assertThat(recheck).isWaitingAt(TASK_REVIEW_RECHECK);
    assertThat(task(TASK_REVIEW_RECHECK, recheck)).hasCandidateGroup(MANAGERS).hasDueDate(recheckDue);
    complete(task(TASK_REVIEW_RECHECK, recheck), Map.of(RECHECK_OUTCOME.name(), EXTEND));

    assertThat(recheck).hasPassedInOrder(TASK_REVIEW_RECHECK, GATEWAY_REVIEW_OUTCOME, GATEWAY_TO_EXTENSION, END_EXTENDED)
        .isEnded();
  }

  @Test
  void cessationConfirmedAndNotAppealedEndsTheStatusWhenTheAppealWindowCloses() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));
    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), REFER));
    complete(task(TASK_REVIEW_RECHECK, recheck), Map.of(RECHECK_OUTCOME.name(), CESSATION));

    assertThat(recheck).hasPassed(GATEWAY_TO_STATUS_END).isWaitingAt(TASK_CONFIRM_STATUS_END);
    assertThat(task(TASK_CONFIRM_STATUS_END, recheck)).hasCandidateGroup(MANAGERS).hasDueDate(stepDue);
    complete(task(TASK_CONFIRM_STATUS_END, recheck), Map.of(STATUS_END_CONFIRMED.name(), true));

    assertThat(recheck).hasPassed(TASK_NOTIFY_STATUS_END).isWaitingAt(GATEWAY_AWAIT_APPEAL)
        .isWaitingFor(MESSAGE_STATUS_END_APPEAL_LODGED);
    assertThat(job(TIMER_APPEAL_WINDOW_EXPIRED, recheck)).hasDueDate(appealDueAt);
    execute(job(TIMER_APPEAL_WINDOW_EXPIRED, recheck));

    assertThat(recheck).hasPassedInOrder(TIMER_APPEAL_WINDOW_EXPIRED, GATEWAY_TO_DEREGISTRATION, TASK_DEREGISTER_FAMILY,
        END_STATUS_ENDED).hasNotPassed(TASK_EXTEND_CERTIFICATE).isEnded();
    verify(deregisterFamily).execute(any());
  }

  @Test
  void deprivationRejectedByTheConfirmingManagerExtendsTheCertificate() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));
    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), DEPRIVATION));

    complete(task(TASK_CONFIRM_STATUS_END, recheck), Map.of(STATUS_END_CONFIRMED.name(), false));

    assertThat(recheck).hasPassedInOrder(GATEWAY_STATUS_END_CONFIRMED, GATEWAY_TO_EXTENSION, END_EXTENDED)
        .hasNotPassed(TASK_NOTIFY_STATUS_END).isEnded();
    verify(deregisterFamily, never()).execute(any());
  }

  @Test
  void appealUpheldAgainstCessationLeavesTheEndOfStatusStanding() throws Exception {
    ProcessInstance recheck = confirmedCessation();

    runtimeService().correlateMessage(MESSAGE_STATUS_END_APPEAL_LODGED, CASE_NO);
    assertThat(recheck).hasPassed(EVENT_APPEAL_LODGED).isWaitingAt(TASK_DECIDE_STATUS_END_APPEAL);
    assertThat(task(TASK_DECIDE_STATUS_END_APPEAL, recheck)).hasCandidateGroup(MANAGERS).hasDueDate(appealDecisionDue);
    complete(task(TASK_DECIDE_STATUS_END_APPEAL, recheck), Map.of(STATUS_END_APPEAL_OUTCOME.name(), UPHELD));

    assertThat(recheck).hasPassedInOrder(TASK_DECIDE_STATUS_END_APPEAL, GATEWAY_APPEAL_UPHELD, GATEWAY_TO_DEREGISTRATION,
        TASK_DEREGISTER_FAMILY, END_STATUS_ENDED).hasNotPassed(TIMER_APPEAL_WINDOW_EXPIRED).isEnded();
  }

  @Test
  void appealOverturningCessationKeepsTheStatusAndExtends() throws Exception {
    ProcessInstance recheck = confirmedCessation();

    runtimeService().correlateMessage(MESSAGE_STATUS_END_APPEAL_LODGED, CASE_NO);
    complete(task(TASK_DECIDE_STATUS_END_APPEAL, recheck), Map.of(STATUS_END_APPEAL_OUTCOME.name(), OVERTURNED));

    assertThat(recheck).hasPassedInOrder(GATEWAY_APPEAL_UPHELD, GATEWAY_TO_EXTENSION, TASK_EXTEND_CERTIFICATE, END_EXTENDED)
        .hasNotPassed(TASK_DEREGISTER_FAMILY).isEnded();
  }

  @Test
  void recheckNotDoneByExpiryEscalatesToManagersAndTheFamilyKeepsItsStatus() throws Exception {
    Date overdueAt = daysFromNow(1);
    ProcessInstance recheck = start(overdueAt);
    assertThat(job(START_RECHECK_OVERDUE, recheck)).hasDueDate(overdueAt);

    execute(job(START_RECHECK_OVERDUE, recheck));

    assertThat(recheck).hasPassed(TASK_RECORD_RECHECK_OVERDUE).isWaitingAt(TASK_VERIFY_CIRCUMSTANCES, TASK_HANDLE_OVERDUE_RECHECK);
    assertThat(task(TASK_HANDLE_OVERDUE_RECHECK, recheck)).hasCandidateGroup(MANAGERS).hasDueDate(escalationDue);
    verify(recordOverdue).execute(any());
    verify(deregisterFamily, never()).execute(any());
    complete(task(TASK_HANDLE_OVERDUE_RECHECK, recheck), Map.of("overdueMeasures", "Назначен ответственный сотрудник"));
    assertThat(recheck).hasPassed(END_OVERDUE_HANDLED).isWaitingAt(TASK_VERIFY_CIRCUMSTANCES);

    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), EXTEND));
    assertThat(recheck).hasPassed(END_EXTENDED).isEnded();
  }

  @Test
  void endingTheRecheckWithdrawsAPendingEscalation() throws Exception {
    ProcessInstance recheck = start(daysFromNow(1));
    execute(job(START_RECHECK_OVERDUE, recheck));
    assertThat(recheck).isWaitingAt(TASK_HANDLE_OVERDUE_RECHECK);

    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), EXTEND));

    assertThat(recheck).hasPassed(END_EXTENDED).hasNotPassed(END_OVERDUE_HANDLED).isEnded();
    Assertions.assertThat(taskQuery().processInstanceId(recheck.getId()).count()).isZero();
  }

  private ProcessInstance confirmedCessation() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));
    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), CESSATION));
    complete(task(TASK_CONFIRM_STATUS_END, recheck), Map.of(STATUS_END_CONFIRMED.name(), true));
    assertThat(recheck).isWaitingAt(GATEWAY_AWAIT_APPEAL);
    return recheck;
  }

  /** Started as the scheduler starts it: only recorded; the job executor then prepares the caseworker's task. */
  private static ProcessInstance start(Date overdueAt) {
    ProcessInstance recheck = runtimeService().startProcessInstanceByKey(KEY, CASE_NO, Map.of(CASE_ID.name(), CASE,
        CASE_NUMBER.name(), CASE_NO, RECHECK_ID.name(), RECHECK, RECHECK_OVERDUE_AT.name(), overdueAt));
    assertThat(recheck).isWaitingAt(TASK_VERIFY_CIRCUMSTANCES);
    Assertions.assertThat(taskQuery().processInstanceId(recheck.getId()).count()).isZero();
    execute(job(TASK_VERIFY_CIRCUMSTANCES, recheck));
    return recheck;
  }

  private static Date daysFromNow(int days) {
    return Date.from(Instant.now().plus(Duration.ofDays(days)));
  }
}
