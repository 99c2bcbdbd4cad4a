package kz.migration.refugee.schooling;

import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
import static kz.migration.refugee.schooling.SchoolReferralProcess.*;
import static kz.migration.refugee.shared.Roles.CASEWORKERS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Paths through {@code bpmn/school-referral.bpmn} on an in-memory engine ({@code process-test.cfg.xml}), the steps'
 * beans replaced by mocks that write what the real ones write. The class fails unless its tests together cover every
 * flow node and sequence flow of the model.
 */
@Tag("process")
@Deployment(resources = BPMN)
class SchoolReferralProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource("process-test.cfg.xml")
          .assertClassCoverageAtLeast(1.0).build();

  private static final long CASE = 42L;
  private static final long CHILD = 4201L;
  private static final String CASE_NO = "RS-2026-000042";
  private static final String REMINDER = "P14D";

  private final TaskListener referChild = mock(TaskListener.class);
  private final TaskListener recordEnrolment = mock(TaskListener.class);
  private final JavaDelegate remindEnrolment = mock(JavaDelegate.class);
  private final SchoolDeadlines deadlines = mock(SchoolDeadlines.class);

  private final Date referralDue = new Date(System.currentTimeMillis() + 5 * 86_400_000L);
  private final Date enrolmentDue = new Date(System.currentTimeMillis() + 14 * 86_400_000L);

  /** What the caseworker chose on the referral form: referred, or not needed. */
  private boolean referred;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        CHILD_REFERRED.set(task.getExecution(), referred);
      }
      return null;
    }).when(referChild).notify(any());
    when(deadlines.referral()).thenReturn(referralDue);
    when(deadlines.enrolment()).thenReturn(enrolmentDue);
    when(deadlines.outcomeReminder()).thenReturn(REMINDER);
    Mocks.register(listenerOf(TASK_REFER_CHILD_TO_SCHOOL), referChild);
    Mocks.register(listenerOf(TASK_RECORD_SCHOOL_ENROLMENT), recordEnrolment);
    Mocks.register(delegateOf(TASK_REMIND_SCHOOL_ENROLMENT), remindEnrolment);
    Mocks.register("schoolDeadlines", deadlines);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void aChildReferredToASchoolIsEnrolledAndTheReferralEnds() throws Exception {
    ProcessInstance referral = start();
    assertThat(referral).isWaitingAt(TASK_REFER_CHILD_TO_SCHOOL);
    assertThat(task(TASK_REFER_CHILD_TO_SCHOOL, referral)).hasCandidateGroup(CASEWORKERS).hasDueDate(referralDue);

    referred = true;
    complete(task(TASK_REFER_CHILD_TO_SCHOOL, referral));

    assertThat(referral).hasPassed(GATEWAY_CHILD_REFERRED).isWaitingAt(TASK_RECORD_SCHOOL_ENROLMENT);
    assertThat(task(TASK_RECORD_SCHOOL_ENROLMENT, referral)).hasCandidateGroup(CASEWORKERS).hasDueDate(enrolmentDue);
    complete(task(TASK_RECORD_SCHOOL_ENROLMENT, referral));

    assertThat(referral).isEnded().hasPassed(END_ENROLMENT_RECORDED).hasNotPassed(TASK_REMIND_SCHOOL_ENROLMENT);
    verify(recordEnrolment, times(2)).notify(any());
    verify(remindEnrolment, never()).execute(any());
  }

  @Test
  void aRefusalWithItsReasonEndsTheReferralAsRecorded() {
    java.util.List<Object> recorded = new java.util.ArrayList<>();
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        recorded.add(task.getVariable("enrolment") + ": " + task.getVariable("refusalReason"));
      }
      return null;
    }).when(recordEnrolment).notify(any());
    ProcessInstance referral = start();
    referred = true;
    complete(task(TASK_REFER_CHILD_TO_SCHOOL, referral));
    complete(task(TASK_RECORD_SCHOOL_ENROLMENT, referral),
        Map.of("enrolment", "refused", "enrolmentOn", "2026-09-10", "refusalReason", "Нет мест в классе"));

    Assertions.assertThat(recorded).containsExactly("refused: Нет мест в классе");
    assertThat(referral).isEnded().hasPassed(END_ENROLMENT_RECORDED);
  }

  @Test
  void aChildWhoNeedsNoReferralEndsAtTheFirstStep() {
    ProcessInstance referral = start();
    referred = false;
    complete(task(TASK_REFER_CHILD_TO_SCHOOL, referral));

    assertThat(referral).isEnded().hasPassed(END_REFERRAL_NOT_NEEDED).hasNotPassed(TASK_RECORD_SCHOOL_ENROLMENT);
  }

  @Test
  void withoutAnOutcomeForTheConfiguredPeriodTheCaseworkersAreRemindedAndTheStepStaysOpen() throws Exception {
    ProcessInstance referral = start();
    referred = true;
    Date referredAt = new Date();
    ClockUtil.setCurrentTime(referredAt);
    complete(task(TASK_REFER_CHILD_TO_SCHOOL, referral));

    Job reminder = job(TIMER_NO_ENROLMENT_OUTCOME, referral);
    Assertions.assertThat(Duration.between(referredAt.toInstant(), reminder.getDuedate().toInstant()).toDays())
        .as("the reminder comes the configured period after the referral").isEqualTo(14);
    Assertions.assertThat(jobQuery().jobId(reminder.getId()).executable().count()).as("not yet").isZero();

    ClockUtil.setCurrentTime(Date.from(referredAt.toInstant().plus(Duration.ofDays(14)).plusSeconds(1)));
    Assertions.assertThat(jobQuery().jobId(reminder.getId()).executable().count()).as("due after the period").isOne();
    execute(reminder);

    verify(remindEnrolment).execute(any());
    assertThat(referral).hasPassed(TIMER_NO_ENROLMENT_OUTCOME, TASK_REMIND_SCHOOL_ENROLMENT, END_ENROLMENT_REMINDED)
        .isWaitingAt(TASK_RECORD_SCHOOL_ENROLMENT);
    complete(task(TASK_RECORD_SCHOOL_ENROLMENT, referral));
    assertThat(referral).isEnded().hasPassed(END_ENROLMENT_RECORDED);
  }

  @Test
  void aChildLeavingTheRegisterEndsTheReferralWhereverItStands() {
    ProcessInstance referral = start();
    referred = true;
    complete(task(TASK_REFER_CHILD_TO_SCHOOL, referral));

    runtimeService().createMessageCorrelation(MESSAGE_CHILD_LEFT_REGISTER).processInstanceBusinessKey(CASE_NO)
        .processInstanceVariableEquals(PERSON_ID.name(), CHILD).correlate();

    assertThat(referral).isEnded().hasPassed(START_CHILD_LEFT_REGISTER, END_REFERRAL_CANCELLED)
        .hasNotPassed(END_ENROLMENT_RECORDED);
    Assertions.assertThat(jobQuery().processInstanceId(referral.getId()).count()).as("the reminder goes too").isZero();
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, CASE_NO,
        Map.of(CASE_ID.name(), CASE, PERSON_ID.name(), CHILD, CASE_NUMBER.name(), CASE_NO));
  }
}
