package kz.migration.refugee.petition;

import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
import static kz.migration.refugee.petition.PetitionProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.decision.AppealDeadlines;
import kz.migration.refugee.review.PetitionExaminees;
import kz.migration.refugee.shared.TaskDeadlines;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths through {@code bpmn/member-joining.bpmn} on an in-memory engine ({@code process-test.cfg.xml}), every bean the
 * model names replaced by a Mockito mock that writes the variables the real bean writes. The class fails unless its
 * tests together cover every flow node and sequence flow of the model.
 */
// the standalone in-memory engine's tests run in a JVM of their own (surefire execution process-tests)
@Tag("process")
@Deployment(resources = {JOINING_BPMN, RECOMMENDATION_DMN})
class MemberJoiningProcessTest {

  private static final String PROCESS_ENGINE_CONFIGURATION = "process-test.cfg.xml";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource(PROCESS_ENGINE_CONFIGURATION)
          .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "RS-2026-000042";
  private static final long SPOUSE = 421L;
  private static final long CHILD = 422L;
  private static final long PARENT = 420L;

  private final JavaDelegate recordJoining = mock(JavaDelegate.class);
  private final TaskListener confirmDerivedStatus = mock(TaskListener.class);
  private final TaskListener interviewApplicant = mock(TaskListener.class);
  private final TaskListener assessPetition = mock(TaskListener.class);
  private final ExecutionListener recommendDecision = mock(ExecutionListener.class);
  private final TaskListener decidePetition = mock(TaskListener.class);
  private final JavaDelegate issueRefugeeCertificate = mock(JavaDelegate.class);
  private final JavaDelegate notifyRefusal = mock(JavaDelegate.class);
  private final TaskListener recordNoticeService = mock(TaskListener.class);
  private final TaskListener registerAppeal = mock(TaskListener.class);
  private final JavaDelegate openAppeal = mock(JavaDelegate.class);
  private final TaskListener decideAppeal = mock(TaskListener.class);
  private final JavaDelegate reopenExamination = mock(JavaDelegate.class);
  private final JavaDelegate closeRefusedCase = mock(JavaDelegate.class);
  private final TaskListener registerCourtAppeal = mock(TaskListener.class);
  private final TaskListener recordCourtDecision = mock(TaskListener.class);
  private final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);
  private final AppealDeadlines appealDeadlines = mock(AppealDeadlines.class);
  private final PetitionExaminees examinees = mock(PetitionExaminees.class);

  private final Date stepDue = Date.from(Instant.now().plus(Duration.ofDays(5)));
  private final Date noticeServiceDue = Date.from(Instant.now().plus(Duration.ofDays(14)));
  private final Date appealWindowLastDay = Date.from(Instant.now().plus(Duration.ofDays(33)));
  private final Date appealWindowClosesAt = Date.from(Instant.now().plus(Duration.ofDays(34)));
  private final Date appealDecisionDue = Date.from(Instant.now().plus(Duration.ofDays(31)));
  /** The court-appeal period after an upheld appeal, as the data bank and the configuration answer it. */
  private final Date courtAppealLastDay = Date.from(Instant.now().plus(Duration.ofDays(30)));
  private final Date courtAppealPeriodEndsAt = Date.from(Instant.now().plus(Duration.ofDays(31)));
  /** What the data bank answers for the request: the joiner's path and, for a child, the ids. */
  private String path;
  private List<Long> toAssess = List.of(SPOUSE);
  private final List<Object> recommendedFor = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    init(extension.getProcessEngine());
    path = OWN_EXAMINATION;
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setProcessBusinessKey((String) execution.getVariable("caseNumber"));
      execution.removeVariables(JOINING_FIELDS);
      execution.setVariable(CASE_NUMBER.name(), CASE_NO);
      execution.setVariable(JOINER_PATH.name(), path);
      if (DERIVED_STATUS.equals(path)) {
        execution.setVariable(JOINER_ID.name(), CHILD);
        execution.setVariable(PARENT_ID.name(), PARENT);
      }
      return null;
    }).when(recordJoining).execute(any());
    doAnswer(call -> {
      recordedFor(call.getArgument(0));
      return null;
    }).when(recommendDecision).notify(any());
    when(taskDeadlines.step()).thenReturn(stepDue);
    when(appealDeadlines.noticeService(any())).thenReturn(noticeServiceDue);
    when(appealDeadlines.appealWindowLastDay(any())).thenReturn(appealWindowLastDay);
    when(appealDeadlines.appealWindowClosesAt(any())).thenReturn(appealWindowClosesAt);
    when(taskDeadlines.appealDecision()).thenReturn(appealDecisionDue);
    when(appealDeadlines.courtAppealLastDay(any())).thenReturn(courtAppealLastDay);
    when(appealDeadlines.courtAppealPeriodEndsAt(any())).thenReturn(courtAppealPeriodEndsAt);
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).removeVariable(DECISION_OUTCOME.name());
      return null;
    }).when(reopenExamination).execute(any());
    when(examinees.toAssess(any())).thenAnswer(call -> toAssess);

    Mocks.register(delegateOf(TASK_RECORD_JOINING), recordJoining);
    Mocks.register(listenerOf(TASK_CONFIRM_DERIVED_STATUS), confirmDerivedStatus);
    Mocks.register(listenerOf(TASK_INTERVIEW_APPLICANT), interviewApplicant);
    Mocks.register(listenerOf(TASK_ASSESS_PETITION), assessPetition);
    Mocks.register(listenerOf(TASK_RECOMMEND_DECISION), recommendDecision);
    Mocks.register(listenerOf(TASK_DECIDE_PETITION), decidePetition);
    Mocks.register(delegateOf(TASK_ISSUE_REFUGEE_CERTIFICATE), issueRefugeeCertificate);
    Mocks.register(delegateOf(TASK_NOTIFY_REFUSAL), notifyRefusal);
    Mocks.register(listenerOf(TASK_RECORD_NOTICE_SERVICE), recordNoticeService);
    Mocks.register(listenerOf(TASK_REGISTER_APPEAL), registerAppeal);
    Mocks.register(delegateOf(TASK_OPEN_APPEAL), openAppeal);
    Mocks.register(listenerOf(TASK_DECIDE_APPEAL), decideAppeal);
    Mocks.register(delegateOf(TASK_REOPEN_EXAMINATION), reopenExamination);
    Mocks.register(delegateOf(TASK_CLOSE_REFUSED_CASE), closeRefusedCase);
    Mocks.register(listenerOf(TASK_REGISTER_COURT_APPEAL), registerCourtAppeal);
    Mocks.register(listenerOf(TASK_RECORD_COURT_DECISION), recordCourtDecision);
    Mocks.register("taskDeadlines", taskDeadlines);
    Mocks.register("appealDeadlines", appealDeadlines);
    Mocks.register("petitionExaminees", examinees);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  private void recordedFor(DelegateExecution execution) {
    recommendedFor.add(execution.getVariable(PERSON_ID.name()));
  }

  @Test
  void anAdultJoiningIsInterviewedAssessedAndDecidedAndOnAGrantReceivesTheRefugeeCertificate() throws Exception {
    ProcessInstance joining = startWithForm();

    assertThat(joining).isWaitingAt(TASK_INTERVIEW_APPLICANT).hasBusinessKey(CASE_NO);
    complete(task(), withVariables("applicantMissed", false));
    assertThat(joining).isWaitingAt(TASK_ASSESS_PETITION);
    Assertions.assertThat(task().getDueDate()).isEqualTo(stepDue);
    assess(task(), false);
    assertThat(joining).isWaitingAt(TASK_DECIDE_PETITION);
    Assertions.assertThat(recommendedFor).containsExactly(SPOUSE);
    complete(task(), withVariables(DECISION_OUTCOME.name(), GRANTED));

    assertThat(joining).isEnded().hasPassedInOrder(START_JOINING_REQUESTED, TASK_RECORD_JOINING, GATEWAY_JOINER_PATH,
        TASK_INTERVIEW_APPLICANT, TASK_ASSESS_PETITION, TASK_RECOMMEND_DECISION, TASK_DECIDE_PETITION,
        GATEWAY_PROTECTION_GRANTED, TASK_ISSUE_REFUGEE_CERTIFICATE, END_JOINER_GRANTED);
    verify(issueRefugeeCertificate).execute(any());
    // the person's data stayed on the start form: the process keeps the case number and the path
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(joining.getId())
        .variableName("surname").count()).isZero();
  }

  @Test
  void aRefusalNotAppealedInTheWindowTakesTheRefusedOffTheRegister() throws Exception {
    ProcessInstance joining = refusedAndServed();

    assertThat(joining).isWaitingAt(TASK_REGISTER_APPEAL);
    Assertions.assertThat(task().getDueDate()).isEqualTo(appealWindowLastDay);
    execute(job());

    assertThat(joining).isEnded().hasPassedInOrder(TASK_RECORD_NOTICE_SERVICE, GATEWAY_TO_CLOSURE,
        TASK_CLOSE_REFUSED_CASE, END_JOINER_REFUSED).hasNotPassed(TASK_OPEN_APPEAL);
    verify(closeRefusedCase).execute(any());
  }

  @Test
  void anAppealRegisteredInTasklistAndUpheldWithoutACourtAppealInThePeriodTakesTheRefusedOffTheRegister()
      throws Exception {
    ProcessInstance joining = refusedAndServed();

    complete(task(), withVariables("appealLodgedOn", "2026-05-04", "appealGrounds", "Не учтены угрозы"));
    assertThat(joining).isWaitingAt(TASK_DECIDE_APPEAL);
    assertThat(task()).hasCandidateGroup("managers");
    complete(task(), withVariables(APPEAL_OUTCOME.name(), UPHELD));

    // the refusal upheld is not final yet: the joiner may still go to court within the period
    assertThat(joining).hasPassedInOrder(TASK_REGISTER_APPEAL, GATEWAY_APPEAL_REGISTERED, TASK_OPEN_APPEAL,
        TASK_DECIDE_APPEAL, GATEWAY_APPEAL_UPHELD).hasNotPassed(TASK_CLOSE_REFUSED_CASE)
        .isWaitingAt(TASK_REGISTER_COURT_APPEAL);
    assertThat(task()).hasCandidateGroup("caseworkers").hasDueDate(courtAppealLastDay);
    Job courtPeriod = job();
    assertThat(courtPeriod).hasDueDate(courtAppealPeriodEndsAt);
    execute(courtPeriod);

    assertThat(joining).isEnded().hasPassedInOrder(TIMER_COURT_APPEAL_PERIOD_EXPIRED, GATEWAY_TO_CLOSURE,
        TASK_CLOSE_REFUSED_CASE, END_JOINER_REFUSED).hasNotPassed(TASK_RECORD_COURT_DECISION);
    verify(registerCourtAppeal, never()).notify(any());
    verify(closeRefusedCase).execute(any());
  }

  @Test
  void aCourtAppealKeepsTheJoinerOnTheRegisterUntilTheCourtUpholdsTheRefusal() throws Exception {
    ProcessInstance joining = appealUpheld();

    complete(task(), withVariables("courtName", "Специализированный административный суд",
        "courtAppealLodgedOn", "2026-07-10"));
    assertThat(joining).isWaitingAt(TASK_RECORD_COURT_DECISION).hasNotPassed(TIMER_COURT_APPEAL_PERIOD_EXPIRED);
    assertThat(task()).hasCandidateGroup("caseworkers").hasCandidateGroup("managers").hasDueDate(appealDecisionDue);
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(joining.getId()).count())
        .as("nobody leaves the register while the court decides").isZero();
    verify(closeRefusedCase, never()).execute(any());
    complete(task(), withVariables(COURT_OUTCOME.name(), UPHELD, "courtDecidedOn", "2026-09-01"));

    assertThat(joining).isEnded().hasPassedInOrder(TASK_REGISTER_COURT_APPEAL, TASK_RECORD_COURT_DECISION,
        GATEWAY_COURT_UPHELD, GATEWAY_TO_CLOSURE, TASK_CLOSE_REFUSED_CASE, END_JOINER_REFUSED)
        .hasNotPassed(TASK_REOPEN_EXAMINATION);
    verify(registerCourtAppeal).notify(any());
    verify(recordCourtDecision).notify(any());
    verify(closeRefusedCase).execute(any());
  }

  @Test
  void aCourtOverturningTheRefusalReturnsTheJoinerToTheDecision() throws Exception {
    ProcessInstance joining = appealUpheld();
    complete(task(), withVariables("courtName", "Специализированный административный суд",
        "courtAppealLodgedOn", "2026-07-10"));

    complete(task(), withVariables(COURT_OUTCOME.name(), OVERTURNED, "courtDecidedOn", "2026-09-01"));

    assertThat(joining).hasPassedInOrder(TASK_RECORD_COURT_DECISION, GATEWAY_COURT_UPHELD, TASK_REOPEN_EXAMINATION)
        .hasNotPassed(TASK_CLOSE_REFUSED_CASE).isWaitingAt(TASK_DECIDE_PETITION);
    verify(reopenExamination).execute(any());
    complete(task(), withVariables(DECISION_OUTCOME.name(), GRANTED));
    assertThat(joining).isEnded().hasPassed(TASK_ISSUE_REFUGEE_CERTIFICATE, END_JOINER_GRANTED);
  }

  @Test
  void anAppealLodgedThroughTheApiAndOverturnedReturnsToTheDecision() throws Exception {
    ProcessInstance joining = refusedAndServed();

    runtimeService().createMessageCorrelation(MESSAGE_APPEAL_LODGED).processInstanceBusinessKey(CASE_NO).correlate();
    assertThat(joining).isWaitingAt(TASK_DECIDE_APPEAL);
    complete(task(), withVariables(APPEAL_OUTCOME.name(), OVERTURNED));
    assertThat(joining).isWaitingAt(TASK_DECIDE_PETITION);
    complete(task(), withVariables(DECISION_OUTCOME.name(), GRANTED));

    assertThat(joining).isEnded().hasPassedInOrder(TASK_OPEN_APPEAL, TASK_DECIDE_APPEAL, TASK_REOPEN_EXAMINATION,
        TASK_DECIDE_PETITION, TASK_ISSUE_REFUGEE_CERTIFICATE, END_JOINER_GRANTED).hasNotPassed(TASK_CLOSE_REFUSED_CASE);
  }

  /** Refused, appealed through the API and the appeal upheld: waits for a court appeal within its period. */
  private ProcessInstance appealUpheld() {
    ProcessInstance joining = refusedAndServed();
    runtimeService().createMessageCorrelation(MESSAGE_APPEAL_LODGED).processInstanceBusinessKey(CASE_NO).correlate();
    complete(task(), withVariables(APPEAL_OUTCOME.name(), UPHELD));
    assertThat(joining).isWaitingAt(TASK_REGISTER_COURT_APPEAL);
    return joining;
  }

  /** An adult joiner refused, the notice served: the appeal window runs. */
  private ProcessInstance refusedAndServed() {
    ProcessInstance joining = startWithForm();
    assertThat(joining).isWaitingAt(TASK_INTERVIEW_APPLICANT);
    complete(task(), withVariables("applicantMissed", false));
    assess(task(), true);
    complete(task(), withVariables(DECISION_OUTCOME.name(), REFUSED));
    complete(task());
    return joining;
  }

  @Test
  void adultsMergedTogetherAreEachAssessedBeforeOneDecisionAndARefusalIsServed() throws Exception {
    toAssess = List.of(SPOUSE, SPOUSE + 10);
    ProcessInstance joining = startByMessage(OWN_EXAMINATION, null, null);

    assertThat(joining).isWaitingAt(TASK_INTERVIEW_APPLICANT).hasBusinessKey(CASE_NO);
    complete(task(), withVariables("applicantMissed", false));
    List<Task> assessments = taskService().createTaskQuery().taskDefinitionKey(TASK_ASSESS_PETITION).list();
    Assertions.assertThat(assessments).hasSize(2);
    assessments.forEach(t -> assess(t, true));
    Assertions.assertThat(recommendedFor).containsExactlyInAnyOrder(SPOUSE, SPOUSE + 10);
    assertThat(joining).isWaitingAt(TASK_DECIDE_PETITION);
    complete(task(), withVariables(DECISION_OUTCOME.name(), REFUSED));
    assertThat(joining).isWaitingAt(TASK_RECORD_NOTICE_SERVICE);
    Assertions.assertThat(task().getDueDate()).isEqualTo(noticeServiceDue);
    complete(task());

    assertThat(joining).isWaitingAt(TASK_REGISTER_APPEAL).hasPassedInOrder(START_MEMBER_JOINED, GATEWAY_JOINER_PATH,
        TASK_INTERVIEW_APPLICANT, TASK_DECIDE_PETITION, TASK_NOTIFY_REFUSAL, TASK_RECORD_NOTICE_SERVICE)
        .hasNotPassed(TASK_ISSUE_REFUGEE_CERTIFICATE);
  }

  @Test
  void aChildOfARecognisedParentIsConfirmedByAManager() throws Exception {
    path = DERIVED_STATUS;
    ProcessInstance joining = startWithForm();

    assertThat(joining).isWaitingAt(TASK_CONFIRM_DERIVED_STATUS);
    assertThat(task()).hasCandidateGroup("managers");
    Assertions.assertThat(runtimeService().getVariables(joining.getId()))
        .containsEntry(JOINER_ID.name(), CHILD).containsEntry(PARENT_ID.name(), PARENT);
    complete(task(), withVariables("kinshipEvidence", "Свидетельство о рождении I-АБ № 123456"));

    assertThat(joining).isEnded().hasPassedInOrder(TASK_RECORD_JOINING, TASK_CONFIRM_DERIVED_STATUS,
        END_DERIVED_STATUS_CONFIRMED).hasNotPassed(TASK_INTERVIEW_APPLICANT);
  }

  @Test
  void aMemberJoiningAnExaminationBeforeItsAssessmentIsCoveredByItAndNothingWaits() {
    path = COVERED;
    ProcessInstance joining = startWithForm();

    assertThat(joining).isEnded().hasPassedInOrder(TASK_RECORD_JOINING, END_COVERED_BY_EXAMINATION);
  }

  @Test
  void aRefusedRequestStartsNothing() throws Exception {
    doThrow(new BadUserRequestException("по делу уже готовится решение")).when(recordJoining).execute(any());
    long before = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(JOINING_KEY).count();

    assertThatThrownBy(this::startWithForm).isInstanceOf(BadUserRequestException.class);
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(JOINING_KEY)
        .count()).isEqualTo(before);
  }

  private ProcessInstance startWithForm() {
    return runtimeService().startProcessInstanceByKey(JOINING_KEY, withVariables("caseNumber", CASE_NO,
        "role", "SPOUSE", "surname", "Керимова", "givenName", "Зарина", "dateOfBirth", "1990-05-02", "sex", "FEMALE",
        "citizenship", "AF"));
  }

  private ProcessInstance startByMessage(String joinerPath, Long joiner, Long parent) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(JOINER_PATH.name(), joinerPath,
        CASE_NUMBER.name(), CASE_NO));
    if (joiner != null) {
      variables.put(JOINER_ID.name(), joiner);
      variables.put(PARENT_ID.name(), parent);
    }
    return runtimeService().createMessageCorrelation(MESSAGE_MEMBER_JOINED).processInstanceBusinessKey(CASE_NO)
        .setVariables(variables).correlateStartMessage();
  }

  private static void assess(Task assessment, boolean exclusion) {
    complete(assessment, withVariables(CREDIBILITY.name(), "credible", WELL_FOUNDED_FEAR.name(), !exclusion,
        EXCLUSION_INDICATORS.name(), exclusion));
  }
}
