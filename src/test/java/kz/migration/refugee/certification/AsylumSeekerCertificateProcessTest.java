package kz.migration.refugee.certification;

import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.*;
import static kz.migration.refugee.shared.Roles.CASEWORKERS;
import static kz.migration.refugee.shared.Roles.MANAGERS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import kz.migration.refugee.shared.TaskDeadlines;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * Paths through {@code bpmn/asylum-seeker-certificate.bpmn} on an in-memory engine, every bean the model names a
 * Mockito mock. The class fails unless its tests together cover every flow node and sequence flow of the model.
 */
@Tag("process")
@Deployment(resources = BPMN)
class AsylumSeekerCertificateProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource("process-test.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "RS-2026-000042";
  private static final long DAY = 86_400_000L;

  private final AsylumSeekerCertificates certificates = mock(AsylumSeekerCertificates.class);
  private final TaskListener reissueListener = mock(TaskListener.class);
  private final JavaDelegate reissueCertificate = mock(JavaDelegate.class);
  private final TaskListener takeFingerprints = mock(TaskListener.class);
  private final JavaDelegate sendFingerprints = mock(JavaDelegate.class);
  private final TaskListener handleOverdue = mock(TaskListener.class);
  private final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);

  private final Date reissueAt = new Date(System.currentTimeMillis() + 76 * DAY);
  private final Date validUntil = new Date(System.currentTimeMillis() + 90 * DAY);
  private final Date fingerprintsDue = new Date(System.currentTimeMillis() + 3 * DAY);
  private final Date fingerprintsOverdueAt = new Date(System.currentTimeMillis() + 4 * DAY);
  private final Date escalationDue = new Date(System.currentTimeMillis() + 2 * DAY);

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    when(certificates.reissueAt(any())).thenReturn(reissueAt);
    when(certificates.validUntil(any())).thenReturn(validUntil);
    when(certificates.fingerprintsDue(any())).thenReturn(fingerprintsDue);
    when(certificates.fingerprintsOverdueAt(any())).thenReturn(fingerprintsOverdueAt);
    when(certificates.getRetryCycle()).thenReturn("R2/PT1M");
    when(certificates.inForce(any())).thenReturn(true);
    when(certificates.fingerprintsNeeded(any())).thenReturn(true);
    when(taskDeadlines.escalation()).thenReturn(escalationDue);
    Mocks.register("asylumSeekerCertificates", certificates);
    Mocks.register("taskDeadlines", taskDeadlines);
    Mocks.register(listenerOf(TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE), reissueListener);
    Mocks.register(delegateOf(TASK_REISSUE_CERTIFICATE), reissueCertificate);
    Mocks.register(listenerOf(TASK_TAKE_FINGERPRINTS), takeFingerprints);
    Mocks.register(delegateOf(TASK_SEND_FINGERPRINTS), sendFingerprints);
    Mocks.register(listenerOf(TASK_HANDLE_OVERDUE_FINGERPRINTS), handleOverdue);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void theReissueIsPreparedAtTheLeadBeforeExpiryAndEndsWithTheNewCertificate() throws Exception {
    when(certificates.fingerprintsNeeded(any())).thenReturn(false);
    ProcessInstance p = start(false);
    assertThat(p).hasPassed(GATEWAY_FINGERPRINTS_NEEDED, END_NO_FINGERPRINTS_NEEDED).isWaitingAt(TIMER_REISSUE_DUE);
    Job timer = jobQuery().processInstanceId(p.getId()).activityId(TIMER_REISSUE_DUE).singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(reissueAt);

    execute(timer);
    assertThat(p).hasPassed(GATEWAY_STILL_IN_FORCE).isWaitingAt(TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE);
    assertThat(task(TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE, p)).hasCandidateGroup(CASEWORKERS)
        .hasCandidateGroup(MANAGERS).hasDueDate(validUntil);
    complete(task(TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE, p), withVariables("reissueConfirmed", true));
    assertThat(p).hasPassedInOrder(TASK_REISSUE_CERTIFICATE, END_REISSUED).isEnded();
    verify(reissueCertificate).execute(any());
  }

  @Test
  void aCertificateNoLongerInForceWhenTheTimerFiresIsNotReissued() {
    when(certificates.fingerprintsNeeded(any())).thenReturn(false);
    when(certificates.inForce(any())).thenReturn(false);
    ProcessInstance p = start(false);
    execute(jobQuery().processInstanceId(p.getId()).activityId(TIMER_REISSUE_DUE).singleResult());
    assertThat(p).hasPassed(END_NO_LONGER_IN_FORCE).hasNotPassed(TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE).isEnded();
  }

  @Test
  void fingerprintsTakenAreSentInTheBackground() {
    ProcessInstance p = start(false);
    assertThat(p).isWaitingAt(TASK_TAKE_FINGERPRINTS, TIMER_REISSUE_DUE);
    assertThat(task(TASK_TAKE_FINGERPRINTS, p)).hasCandidateGroup(CASEWORKERS).hasDueDate(fingerprintsDue);
    Assertions.assertThat(jobQuery().processInstanceId(p.getId()).activityId(EVENT_FINGERPRINTS_OVERDUE).singleResult()
        .getDuedate()).isEqualTo(fingerprintsOverdueAt);

    complete(task(TASK_TAKE_FINGERPRINTS, p), withVariables("fingerprintsTakenOn", "2026-05-02",
        "fingerprintsPlace", "ДМ г. Алматы, каб. 12"));
    assertThat(p).isWaitingAt(TASK_SEND_FINGERPRINTS);
    execute(jobQuery().processInstanceId(p.getId()).activityId(TASK_SEND_FINGERPRINTS).singleResult());
    assertThat(p).hasPassed(END_FINGERPRINTS_RECORDED).isWaitingAt(TIMER_REISSUE_DUE);
    Assertions.assertThat(jobQuery().processInstanceId(p.getId()).activityId(EVENT_FINGERPRINTS_OVERDUE).count())
        .as("the overdue timer gone with the task").isZero();
  }

  @Test
  void lateFingerprintingGoesToTheManagersAndTheCaseworkersTaskStays() {
    ProcessInstance p = start(false);
    execute(jobQuery().processInstanceId(p.getId()).activityId(EVENT_FINGERPRINTS_OVERDUE).singleResult());
    assertThat(p).isWaitingAt(TASK_TAKE_FINGERPRINTS, TASK_HANDLE_OVERDUE_FINGERPRINTS);
    assertThat(task(TASK_HANDLE_OVERDUE_FINGERPRINTS, p)).hasCandidateGroup(MANAGERS).hasDueDate(escalationDue);
    Assertions.assertThat(task(TASK_HANDLE_OVERDUE_FINGERPRINTS, p).getPriority()).isEqualTo(90);
    complete(task(TASK_HANDLE_OVERDUE_FINGERPRINTS, p), withVariables("overdueMeasures", "Поручено провести завтра."));
    assertThat(p).hasPassed(END_OVERDUE_FINGERPRINTS_HANDLED).isWaitingAt(TASK_TAKE_FINGERPRINTS);
  }

  @Test
  void aCertificateEndedOtherwiseEndsTheInstanceWhereverItStands() {
    ProcessInstance p = start(false);
    runtimeService().createMessageCorrelation(MESSAGE_CERTIFICATE_ENDED).processInstanceBusinessKey(CASE_NO)
        .processInstanceVariableEquals(CERTIFICATE_ID.name(), 7L).correlate();
    assertThat(p).hasPassed(START_CERTIFICATE_ENDED, END_CERTIFICATE_ENDED).isEnded();
    Assertions.assertThat(taskQuery().processInstanceId(p.getId()).count()).isZero();
  }

  private ProcessInstance start(boolean reissue) {
    return runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE_NO)
        .setVariable(CASE_ID.name(), 42L).setVariable(CERTIFICATE_ID.name(), 7L).setVariable(REISSUE.name(), reissue)
        .execute();
  }
}
