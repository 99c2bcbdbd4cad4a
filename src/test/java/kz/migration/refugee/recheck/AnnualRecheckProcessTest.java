package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.*;
import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
import static kz.migration.refugee.shared.Roles.CASEWORKERS;
import static kz.migration.refugee.shared.Roles.MANAGERS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
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
@Deployment(resources = {BPMN, AnnualRecheckProcessTest.STATUS_END_STUB})
class AnnualRecheckProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource("process-test.cfg.xml")
          .assertClassCoverageAtLeast(1.0).build();

  /** The called status-end process, replaced by a stub whose only task the test completes with the outcome. */
  static final String STATUS_END_STUB = "stubs/status-end-stub.bpmn";
  private static final String STUB_DECISION = "Task_StubDecision";
  private static final long STATUS_END = 700L;

  private static final long CASE = 7L;
  private static final String CASE_NO = "RS-2025-000007";
  private static final long RECHECK = 70L;

  private final TaskListener verifyCircumstances = mock(TaskListener.class);
  private final TaskListener reviewRecheck = mock(TaskListener.class);
  private final JavaDelegate extendCertificate = mock(JavaDelegate.class);
  private final JavaDelegate recordOverdue = mock(JavaDelegate.class);
  private final TaskListener handleOverdue = mock(TaskListener.class);
  private final RecheckDeadlines recheckDeadlines = mock(RecheckDeadlines.class);
  private final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);

  /** Due dates the deadline beans answer: from the data bank and the configuration in the application. */
  private final Date recheckDue = daysFromNow(29);
  private final Date escalationDue = daysFromNow(2);

  @BeforeEach
  void setUp() throws Exception {
    init(extension.getProcessEngine());
    Mocks.register(listenerOf(TASK_VERIFY_CIRCUMSTANCES), verifyCircumstances);
    Mocks.register(listenerOf(TASK_REVIEW_RECHECK), reviewRecheck);
    Mocks.register(delegateOf(TASK_EXTEND_CERTIFICATE), extendCertificate);
    Mocks.register(delegateOf(TASK_RECORD_RECHECK_OVERDUE), recordOverdue);
    Mocks.register(listenerOf(TASK_HANDLE_OVERDUE_RECHECK), handleOverdue);
    when(recheckDeadlines.recheck(any())).thenReturn(recheckDue);
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
        TASK_EXTEND_CERTIFICATE, END_EXTENDED).hasNotPassed(CALL_STATUS_END).isEnded();
    verify(extendCertificate).execute(any());
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
  void cessationProposedOnReviewIsDecidedByTheStatusEndProcessAndEndsTheRecheck() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));
    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), Map.of(RECHECK_OUTCOME.name(), REFER));
    complete(task(TASK_REVIEW_RECHECK, recheck), proposal(CESSATION, "art1c3-new-nationality"));

    assertThat(recheck).hasPassed(GATEWAY_TO_STATUS_END).isWaitingAt(CALL_STATUS_END);
    ProcessInstance statusEnd = calledProcessInstance(recheck);
    assertThat(statusEnd).hasBusinessKey(CASE_NO).hasVariables("caseId", "statusEndId", "statusEndKind", "statusEndReason");
    Assertions.assertThat(runtimeService().getVariables(statusEnd.getId())).containsOnly(
        Map.entry("caseId", CASE), Map.entry("statusEndId", STATUS_END), Map.entry("statusEndKind", CESSATION),
        Map.entry("statusEndReason", "art1c3-new-nationality"));
    complete(task(STUB_DECISION, statusEnd), Map.of(StatusEndProcess.STATUS_END_OUTCOME.name(), StatusEndProcess.ENDED));

    assertThat(recheck).hasPassedInOrder(CALL_STATUS_END, GATEWAY_STATUS_END_OUTCOME, END_STATUS_ENDED)
        .hasNotPassed(TASK_EXTEND_CERTIFICATE).isEnded();
    verify(extendCertificate, never()).execute(any());
  }

  @Test
  void deprivationKeptByTheStatusEndProcessExtendsTheCertificate() throws Exception {
    ProcessInstance recheck = start(daysFromNow(30));
    complete(task(TASK_VERIFY_CIRCUMSTANCES, recheck), proposal(DEPRIVATION, "false-information"));

    ProcessInstance statusEnd = calledProcessInstance(recheck);
    complete(task(STUB_DECISION, statusEnd), Map.of(StatusEndProcess.STATUS_END_OUTCOME.name(), StatusEndProcess.KEPT));

    assertThat(recheck).hasPassedInOrder(CALL_STATUS_END, GATEWAY_STATUS_END_OUTCOME, GATEWAY_TO_EXTENSION,
        TASK_EXTEND_CERTIFICATE, END_EXTENDED).hasNotPassed(END_STATUS_ENDED).isEnded();
    verify(extendCertificate).execute(any());
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

  /** What the recheck's listeners set when an end of status is proposed: ids and codes only. */
  private static Map<String, Object> proposal(String kind, String reason) {
    return Map.of(RECHECK_OUTCOME.name(), kind, StatusEndProcess.STATUS_END_ID.name(), STATUS_END,
        StatusEndProcess.STATUS_END_KIND.name(), kind, StatusEndProcess.STATUS_END_REASON.name(), reason);
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
