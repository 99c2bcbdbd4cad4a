package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.*;
import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.StepBeans.listenerOf;
import static kz.migration.refugee.shared.Roles.CASEWORKERS;
import static kz.migration.refugee.shared.Roles.MANAGERS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.decision.AppealDeadlines;
import kz.migration.refugee.review.AgencyCheckSettings;
import kz.migration.refugee.review.PetitionExaminees;
import kz.migration.refugee.shared.TaskDeadlines;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Incident;
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
 * Paths through {@code bpmn/petition.bpmn} on an in-memory engine ({@code process-test.cfg.xml}), every bean the
 * model names replaced by a Mockito mock that writes the variables the real bean writes. The class fails
 * unless its tests together cover every flow node and sequence flow of the model.
 */
// the standalone in-memory engine's tests run in a JVM of their own (surefire execution process-tests)
@Tag("process")
@Deployment(resources = {BPMN, RECOMMENDATION_DMN})
class PetitionProcessTest {

  /** Not camunda.cfg.xml: that name would also be picked up as the "default" engine by engine REST in Spring tests. */
  private static final String PROCESS_ENGINE_CONFIGURATION = "process-test.cfg.xml";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource(PROCESS_ENGINE_CONFIGURATION)
          .assertClassCoverageAtLeast(1.0).build();

  private static final long CASE = 42L;
  private static final long PERSON = 420L;
  private static final long SPOUSE = 421L;
  private static final String CASE_NO = "ALA-2025-000042";
  private static final String RETRY_CYCLE = "R2/PT1M";
  /** The abandonment period as the deadline bean answers it (P6W from the configuration). */
  private static final String ABANDONMENT_PERIOD = "P42D";

  private final JavaDelegate recordIntake = mock(JavaDelegate.class);
  private final TaskListener resolveDuplicate = mock(TaskListener.class);
  private final JavaDelegate mergeIntoExistingCase = mock(JavaDelegate.class);
  private final JavaDelegate registerPetition = mock(JavaDelegate.class);
  private final TaskListener placeFamily = mock(TaskListener.class);
  private final TaskListener scheduleInterview = mock(TaskListener.class);
  private final TaskListener recordInterview = mock(TaskListener.class);
  private final TaskListener handleAbandonment = mock(TaskListener.class);
  private final JavaDelegate closeAbandonedCase = mock(JavaDelegate.class);
  private final JavaDelegate reopenAbandonedCase = mock(JavaDelegate.class);
  private final JavaDelegate requestPoliceCheck = mock(JavaDelegate.class);
  private final JavaDelegate requestSecurityCheck = mock(JavaDelegate.class);
  private final TaskListener recordAssessment = mock(TaskListener.class);
  private final TaskListener decidePetition = mock(TaskListener.class);
  private final JavaDelegate issueRefugeeCertificate = mock(JavaDelegate.class);
  private final org.camunda.bpm.engine.delegate.ExecutionListener recordRecommendation =
      mock(org.camunda.bpm.engine.delegate.ExecutionListener.class);
  private final JavaDelegate notifyRefusal = mock(JavaDelegate.class);
  private final TaskListener recordNoticeService = mock(TaskListener.class);
  private final JavaDelegate remindNoticeService = mock(JavaDelegate.class);
  private final TaskListener registerAppeal = mock(TaskListener.class);
  private final JavaDelegate openAppeal = mock(JavaDelegate.class);
  private final TaskListener decideAppeal = mock(TaskListener.class);
  private final JavaDelegate reopenExamination = mock(JavaDelegate.class);
  private final JavaDelegate closeRefusedCase = mock(JavaDelegate.class);
  private final TaskListener registerCourtAppeal = mock(TaskListener.class);
  private final TaskListener recordCourtDecision = mock(TaskListener.class);
  private final TaskListener reviewLateAppeal = mock(TaskListener.class);
  private final JavaDelegate recordDecisionOverdue = mock(JavaDelegate.class);
  private final TaskListener handleOverdueDecision = mock(TaskListener.class);
  private final JavaDelegate closeWithdrawnCase = mock(JavaDelegate.class);
  private final JavaDelegate closeEmptiedCase = mock(JavaDelegate.class);
  private final AgencyCheckSettings agencyCheckSettings = mock(AgencyCheckSettings.class);
  private final PetitionDeadlines petitionDeadlines = mock(PetitionDeadlines.class);
  private final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);
  private final AppealDeadlines appealDeadlines = mock(AppealDeadlines.class);
  private final PetitionExaminees examinees = mock(PetitionExaminees.class);
  /** The persons the data bank names for assessment, one by one. */
  private List<Long> toAssess = List.of(PERSON);
  /** What each evaluation of the rules left for the recording listener: person, recommendation, rule. */
  private final List<List<Object>> recommended = new ArrayList<>();

  /** Due dates the deadline beans answer: from the data bank and the configuration in the application. */
  private final Date stepDue = daysFromNow(5);
  private final Date examinationStepDue = daysFromNow(4);
  private final Date decisionTaskDue = daysFromNow(89);
  private final Date appealDecisionDue = daysFromNow(31);
  private final Date escalationDue = daysFromNow(2);
  /** The refusal's service and appeal window, as the data bank answers them. */
  private final Date noticeServiceDue = daysFromNow(14);
  private final Date noticeServiceOverdueAt = daysFromNow(15);
  private final Date appealWindowLastDay = daysFromNow(33);
  private final Date appealWindowClosesAt = daysFromNow(34);
  /** The court-appeal period after an upheld appeal, as the data bank and the configuration answer it. */
  private final Date courtAppealLastDay = daysFromNow(30);
  private final Date courtAppealPeriodEndsAt = daysFromNow(31);

  /** What the data bank answers at intake: does the petition match persons already known? */
  private boolean duplicateInDataBank;
  /** The decision deadline the registration computes. */
  private Date decisionDueAt;
  /** The decision deadline the reopening after an overturned refusal computes. */
  private final Date reexaminationDueAt = daysFromNow(31);
  /** The decision deadline a reopening after abandonment computes. */
  private final Date reopenedDecisionDueAt = daysFromNow(92);
  /** The variables the intake step was given, before it took the intake fields off the process. */
  private final Map<String, Object> intakeSeen = new HashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    init(extension.getProcessEngine());
    duplicateInDataBank = false;
    decisionDueAt = daysFromNow(90);

    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      intakeSeen.putAll(execution.getVariables());
      execution.removeVariables(INTAKE_FIELDS);
      execution.setVariable(CASE_ID.name(), CASE);
      execution.setVariable(DUPLICATE_FOUND.name(), duplicateInDataBank);
      execution.setVariable(NEEDS_HOUSING.name(), Boolean.TRUE.equals(execution.getVariable(NEEDS_HOUSING.name())));
      return null;
    }).when(recordIntake).execute(any());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setProcessBusinessKey(CASE_NO);
      execution.setVariable(CASE_NUMBER.name(), CASE_NO);
      execution.setVariable(DECISION_DUE_AT.name(), decisionDueAt);
      return null;
    }).when(registerPetition).execute(any());
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.removeVariable(DECISION_OUTCOME.name());
      execution.setVariable(DECISION_DUE_AT.name(), reexaminationDueAt);
      return null;
    }).when(reopenExamination).execute(any());
    when(agencyCheckSettings.getRetryCycle()).thenReturn(RETRY_CYCLE);

    Mocks.register(delegateOf(TASK_RECORD_INTAKE), recordIntake);
    Mocks.register(listenerOf(TASK_RESOLVE_DUPLICATE), resolveDuplicate);
    Mocks.register(delegateOf(TASK_MERGE_INTO_EXISTING_CASE), mergeIntoExistingCase);
    Mocks.register(delegateOf(TASK_REGISTER_PETITION), registerPetition);
    Mocks.register(listenerOf(TASK_PLACE_FAMILY), placeFamily);
    Mocks.register(listenerOf(TASK_SCHEDULE_INTERVIEW), scheduleInterview);
    Mocks.register(listenerOf(TASK_INTERVIEW_APPLICANT), recordInterview);
    Mocks.register(listenerOf(TASK_HANDLE_ABANDONMENT), handleAbandonment);
    Mocks.register(delegateOf(TASK_CLOSE_ABANDONED_CASE), closeAbandonedCase);
    Mocks.register(delegateOf(TASK_REOPEN_ABANDONED_CASE), reopenAbandonedCase);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable(CASE_ID.name(), CASE);
      execution.setVariable(CASE_NUMBER.name(), execution.getProcessBusinessKey());
      execution.setVariable(DECISION_DUE_AT.name(), reopenedDecisionDueAt);
      return null;
    }).when(reopenAbandonedCase).execute(any());
    Mocks.register(delegateOf(TASK_REQUEST_POLICE_CHECK), requestPoliceCheck);
    Mocks.register(delegateOf(TASK_REQUEST_SECURITY_CHECK), requestSecurityCheck);
    Mocks.register(listenerOf(TASK_ASSESS_PETITION), recordAssessment);
    Mocks.register(listenerOf(TASK_DECIDE_PETITION), decidePetition);
    Mocks.register(delegateOf(TASK_ISSUE_REFUGEE_CERTIFICATE), issueRefugeeCertificate);
    Mocks.register(listenerOf(TASK_RECOMMEND_DECISION), recordRecommendation);
    Mocks.register(delegateOf(TASK_NOTIFY_REFUSAL), notifyRefusal);
    Mocks.register(listenerOf(TASK_RECORD_NOTICE_SERVICE), recordNoticeService);
    Mocks.register(delegateOf(TASK_REMIND_NOTICE_SERVICE), remindNoticeService);
    Mocks.register(listenerOf(TASK_REGISTER_APPEAL), registerAppeal);
    Mocks.register(delegateOf(TASK_OPEN_APPEAL), openAppeal);
    Mocks.register(listenerOf(TASK_DECIDE_APPEAL), decideAppeal);
    Mocks.register(delegateOf(TASK_REOPEN_EXAMINATION), reopenExamination);
    Mocks.register(delegateOf(TASK_CLOSE_REFUSED_CASE), closeRefusedCase);
    Mocks.register(listenerOf(TASK_REGISTER_COURT_APPEAL), registerCourtAppeal);
    Mocks.register(listenerOf(TASK_RECORD_COURT_DECISION), recordCourtDecision);
    Mocks.register(listenerOf(TASK_REVIEW_LATE_APPEAL), reviewLateAppeal);
    Mocks.register(delegateOf(TASK_RECORD_DECISION_OVERDUE), recordDecisionOverdue);
    Mocks.register(listenerOf(TASK_HANDLE_OVERDUE_DECISION), handleOverdueDecision);
    Mocks.register(delegateOf(TASK_CLOSE_WITHDRAWN_CASE), closeWithdrawnCase);
    Mocks.register(delegateOf(TASK_CLOSE_EMPTIED_CASE), closeEmptiedCase);
    Mocks.register("agencyCheckSettings", agencyCheckSettings);
    when(petitionDeadlines.examinationStep(any())).thenReturn(examinationStepDue);
    when(petitionDeadlines.decision(any())).thenReturn(decisionTaskDue);
    when(petitionDeadlines.abandonmentPeriod()).thenReturn(ABANDONMENT_PERIOD);
    when(taskDeadlines.step()).thenReturn(stepDue);
    when(taskDeadlines.appealDecision()).thenReturn(appealDecisionDue);
    when(taskDeadlines.escalation()).thenReturn(escalationDue);
    Mocks.register("petitionDeadlines", petitionDeadlines);
    Mocks.register("taskDeadlines", taskDeadlines);
    when(appealDeadlines.noticeService(any())).thenReturn(noticeServiceDue);
    when(appealDeadlines.noticeServiceOverdueAt(any())).thenReturn(noticeServiceOverdueAt);
    when(appealDeadlines.appealWindowLastDay(any())).thenReturn(appealWindowLastDay);
    when(appealDeadlines.appealWindowClosesAt(any())).thenReturn(appealWindowClosesAt);
    when(appealDeadlines.courtAppealLastDay(any())).thenReturn(courtAppealLastDay);
    when(appealDeadlines.courtAppealPeriodEndsAt(any())).thenReturn(courtAppealPeriodEndsAt);
    Mocks.register("appealDeadlines", appealDeadlines);
    when(examinees.toAssess(any())).thenAnswer(call -> toAssess);
    Mocks.register("petitionExaminees", examinees);
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      recommended.add(List.of(execution.getVariable(PERSON_ID.name()), execution.getVariable(RECOMMENDATION.name()),
          execution.getVariable(RECOMMENDATION_RULE.name())));
      return null;
    }).when(recordRecommendation).notify(any());
  }

  @AfterEach
  void tearDown() throws Exception {
    Mocks.reset();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Per person
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void eachAdultIsAssessedAndRecommendedOnTheirOwnBeforeTheOneDecisionOnTheFamily() throws Exception {
    toAssess = List.of(PERSON, SPOUSE);
    ProcessInstance petition = examineUpToAssessment();

    List<Task> assessments = taskQuery().processInstanceId(petition.getId()).taskDefinitionKey(TASK_ASSESS_PETITION)
        .list();
    Assertions.assertThat(assessments).hasSize(2);
    Assertions.assertThat(assessments.stream().map(t -> taskService().getVariable(t.getId(), PERSON_ID.name())))
        .containsExactlyInAnyOrder(PERSON, SPOUSE);
    // the head's assessment alone does not reach the decision
    complete(assessments.get(0), withVariables(EXCLUSION_INDICATORS.name(), false, WELL_FOUNDED_FEAR.name(), true,
        CREDIBILITY.name(), "credible"));
    assertThat(petition).isWaitingAt(TASK_ASSESS_PETITION).isNotWaitingAt(TASK_DECIDE_PETITION);
    complete(assessments.get(1), withVariables(EXCLUSION_INDICATORS.name(), true, WELL_FOUNDED_FEAR.name(), false,
        CREDIBILITY.name(), "not_credible"));

    assertThat(petition).hasPassed(SUBPROCESS_ASSESS_PERSON).isWaitingAt(TASK_DECIDE_PETITION);
    // the rules were evaluated once per person, each on their own assessment
    Assertions.assertThat(recommended).hasSize(2);
    Assertions.assertThat(recommended.stream().map(r -> r.get(0))).containsExactlyInAnyOrder(PERSON, SPOUSE);
    Assertions.assertThat(recommended.stream().map(r -> r.get(1))).containsExactlyInAnyOrder(RECOMMEND_GRANT,
        RECOMMEND_REFUSE);
    Assertions.assertThat(runtimeService().getVariable(petition.getId(), CREDIBILITY.name())).isNull();
  }

  @Test
  void aFamilyPartlyGrantedReceivesItsCertificatesAndTheRefusalOfTheOthersIsServedWithItsAppealWindow()
      throws Exception {
    ProcessInstance petition = examineUpToAssessment();
    assess(petition, false, true, "credible");
    decide(petition, PARTLY_GRANTED);

    assertThat(petition).hasPassedInOrder(GATEWAY_PROTECTION_GRANTED, TASK_ISSUE_REFUGEE_CERTIFICATE,
            GATEWAY_ANYONE_REFUSED, TASK_NOTIFY_REFUSAL)
        .hasNotPassed(END_GRANTED)
        .isWaitingAt(TASK_RECORD_NOTICE_SERVICE);
    verify(issueRefugeeCertificate).execute(any());
    verify(notifyRefusal).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Housing
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void aFamilyNeedingHousingIsPlacedAlongsideTheExaminationWhichDoesNotWaitForIt() throws Exception {
    ProcessInstance petition = runtimeService().startProcessInstanceByKey(KEY, withVariables("arrivalDate",
        "2025-03-01", "filingDate", "2025-03-03", "language", "dari", NEEDS_HOUSING.name(), true));

    assertThat(petition).hasPassedInOrder(TASK_REGISTER_PETITION, GATEWAY_HOUSING_FORK, GATEWAY_NEEDS_HOUSING)
        .isWaitingAt(TASK_PLACE_FAMILY, TASK_SCHEDULE_INTERVIEW);
    assertThat(task(TASK_PLACE_FAMILY, petition)).hasCandidateGroup(CASEWORKERS).hasDueDate(stepDue);
    Assertions.assertThat(task(TASK_PLACE_FAMILY, petition).getDescription()).contains("центр");
    // the examination goes on while the family waits for its place
    schedule(petition);
    assertThat(petition).isWaitingAt(TASK_PLACE_FAMILY, TASK_INTERVIEW_APPLICANT);

    complete(task(TASK_PLACE_FAMILY, petition));
    assertThat(petition).hasPassed(END_FAMILY_PLACED).hasNotPassed(END_NO_HOUSING_NEEDED)
        .isWaitingAt(TASK_INTERVIEW_APPLICANT).isNotWaitingAt(TASK_PLACE_FAMILY);
    // read on complete only: what its form shows is read when the form is opened
    verify(placeFamily).notify(any());
  }

  @Test
  void aPetitionResumedAfterRegistrationWithoutAnIntakeNeedsNoHousing() throws Exception {
    // as an imported petition resumes: after registration, with no intake recorded by this process
    ProcessInstance petition = runtimeService().createProcessInstanceByKey(KEY).businessKey(CASE_NO)
        .setVariable(CASE_ID.name(), CASE).setVariable(DECISION_DUE_AT.name(), decisionDueAt)
        .startAfterActivity(TASK_REGISTER_PETITION).execute();

    assertThat(petition).hasPassed(END_NO_HOUSING_NEEDED).isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    verify(recordIntake, never()).execute(any());
  }

  @Test
  void aFamilyNotNeedingHousingGetsNoPlacementStep() throws Exception {
    ProcessInstance petition = file();

    assertThat(petition).hasPassed(GATEWAY_NEEDS_HOUSING, END_NO_HOUSING_NEEDED).hasNotPassed(TASK_PLACE_FAMILY)
        .isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    verify(placeFamily, never()).notify(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Grant
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void petitionWithWellFoundedFearIsRecommendedForGrantAndEndsWithACertificate() throws Exception {
    ProcessInstance petition = fileAndRegister();

    assertThat(petition).hasPassedInOrder(START_PETITION_FILED, TASK_RECORD_INTAKE, GATEWAY_DUPLICATE_FOUND,
            GATEWAY_TO_REGISTRATION, TASK_REGISTER_PETITION, START_EXAMINATION)
        .hasNotPassed(TASK_RESOLVE_DUPLICATE)
        .hasBusinessKey(CASE_NO)
        .isWaitingAt(TASK_INTERVIEW_APPLICANT);
    assertThat(petition).variables().containsEntry(CASE_ID.name(), CASE).containsEntry(DUPLICATE_FOUND.name(), false)
        .containsEntry(CASE_NUMBER.name(), CASE_NO).containsEntry(DECISION_DUE_AT.name(), decisionDueAt);
    assertThat(task(TASK_INTERVIEW_APPLICANT, petition)).hasCandidateGroup(CASEWORKERS)
        .hasDueDate(examinationStepDue);
    Assertions.assertThat(task(TASK_INTERVIEW_APPLICANT, petition).getDescription()).contains("собеседование");
    // the deadline watch starts with the examination
    assertThat(job(START_DECISION_OVERDUE, petition)).hasDueDate(decisionDueAt);

    interview(petition);
    assertThat(petition).isWaitingAt(TASK_REQUEST_POLICE_CHECK, TASK_REQUEST_SECURITY_CHECK).hasPassed(GATEWAY_CHECKS_FORK);
    runAgencyChecks(petition);
    assertThat(petition).hasPassed(TASK_REQUEST_POLICE_CHECK, TASK_REQUEST_SECURITY_CHECK, GATEWAY_CHECKS_JOIN)
        .isWaitingAt(TASK_ASSESS_PETITION);
    assertThat(task(TASK_ASSESS_PETITION, petition)).hasCandidateGroup(CASEWORKERS).hasDueDate(examinationStepDue);

    assess(petition, false, true, "credible");
    assertThat(petition).hasPassed(TASK_RECOMMEND_DECISION, GATEWAY_TO_DECISION).isWaitingAt(TASK_DECIDE_PETITION);
    assertRecommendation(petition, RECOMMEND_GRANT, RULE_2_WELL_FOUNDED_FEAR);
    assertThat(task(TASK_DECIDE_PETITION, petition)).hasCandidateGroup(MANAGERS).hasDueDate(decisionTaskDue);

    decide(petition, GRANTED);

    assertThat(petition).hasPassedInOrder(TASK_DECIDE_PETITION, GATEWAY_PROTECTION_GRANTED, TASK_ISSUE_REFUGEE_CERTIFICATE,
            GATEWAY_ANYONE_REFUSED, END_GRANTED, END_PETITION_DECIDED)
        .hasNotPassed(TASK_NOTIFY_REFUSAL, START_DECISION_OVERDUE)
        .isEnded();
    verify(issueRefugeeCertificate).execute(any());
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId()).count()).isZero();
    // each completed once; the forms' file is read when they are opened, not on create
    verify(recordInterview).notify(any());
    verify(scheduleInterview).notify(any());
    // the assessment on create too, where it names its task after the person assessed
    verify(recordAssessment, times(2)).notify(any());
    verify(decidePetition).notify(any());
    verify(issueRefugeeCertificate).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Recommendation table
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void exclusionIndicatorsMakeTheRulesRecommendRefusal() throws Exception {
    ProcessInstance petition = examineUpToAssessment();

    assess(petition, true, true, "credible");

    assertThat(petition).hasPassed(TASK_RECOMMEND_DECISION).isWaitingAt(TASK_DECIDE_PETITION);
    assertRecommendation(petition, RECOMMEND_REFUSE, RULE_1_EXCLUSION);
  }

  @Test
  void statementsFoundNotCredibleAreReferredToTheManager() throws Exception {
    ProcessInstance petition = examineUpToAssessment();

    assess(petition, false, true, "not_credible");

    assertThat(petition).hasPassed(TASK_RECOMMEND_DECISION).isWaitingAt(TASK_DECIDE_PETITION);
    assertRecommendation(petition, RECOMMEND_REFER, RULE_3_OTHERWISE);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Refusal and appeal
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void refusalWithoutAppealIsClosedWhenTheAppealWindowFromTheServiceExpires() throws Exception {
    ProcessInstance petition = refuse();

    // the window does not run before the service: the caseworkers serve the notice first
    assertThat(petition).hasPassedInOrder(TASK_DECIDE_PETITION, GATEWAY_PROTECTION_GRANTED, TASK_NOTIFY_REFUSAL)
        .isWaitingAt(TASK_RECORD_NOTICE_SERVICE);
    assertThat(task(TASK_RECORD_NOTICE_SERVICE, petition)).hasCandidateGroup(CASEWORKERS).hasDueDate(noticeServiceDue);
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId()).activityId(TIMER_APPEAL_WINDOW_EXPIRED)
        .count()).as("no appeal window before the service").isZero();
    Assertions.assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(petition.getId())
        .eventName(MESSAGE_APPEAL_LODGED).count()).as("no appeal before the service").isZero();

    serve(petition);

    assertThat(petition).hasPassed(TASK_RECORD_NOTICE_SERVICE)
        .isWaitingAt(TASK_REGISTER_APPEAL)
        .isWaitingFor(MESSAGE_APPEAL_LODGED);
    assertThat(task(TASK_REGISTER_APPEAL, petition)).hasCandidateGroup(CASEWORKERS).hasDueDate(appealWindowLastDay);
    Job appealWindow = job(TIMER_APPEAL_WINDOW_EXPIRED, petition);
    assertThat(appealWindow).hasDueDate(appealWindowClosesAt);
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId()).activityId(EVENT_NOTICE_SERVICE_OVERDUE)
        .count()).as("no reminder once served").isZero();

    execute(appealWindow);

    assertThat(petition).hasPassedInOrder(TIMER_APPEAL_WINDOW_EXPIRED, GATEWAY_TO_CLOSURE, TASK_CLOSE_REFUSED_CASE,
            END_REFUSED, END_PETITION_DECIDED)
        .hasNotPassed(EVENT_APPEAL_LODGED, TASK_OPEN_APPEAL, TASK_REMIND_NOTICE_SERVICE)
        .isEnded();
    verify(recordNoticeService).notify(any());
    verify(registerAppeal, never()).notify(any());
    verify(closeRefusedCase).execute(any());
    verify(openAppeal, never()).execute(any());
  }

  @Test
  void aNoticeNotServedInTimeRemindsTheCaseworkersAndStillAwaitsTheService() throws Exception {
    ProcessInstance petition = refuse();
    Job reminder = job(EVENT_NOTICE_SERVICE_OVERDUE, petition);
    assertThat(reminder).hasDueDate(noticeServiceOverdueAt);

    execute(reminder);

    assertThat(petition).hasPassedInOrder(EVENT_NOTICE_SERVICE_OVERDUE, TASK_REMIND_NOTICE_SERVICE,
            END_NOTICE_SERVICE_REMINDED)
        .isWaitingAt(TASK_RECORD_NOTICE_SERVICE)
        .hasNotPassed(TASK_REGISTER_APPEAL);
    verify(remindNoticeService).execute(any());

    serve(petition);
    assertThat(petition).isWaitingAt(TASK_REGISTER_APPEAL);
  }

  @Test
  void anAppealRegisteredInTasklistGoesToTheManagers() throws Exception {
    ProcessInstance petition = refuseAndServe();

    complete(task(TASK_REGISTER_APPEAL, petition),
        withVariables(APPEAL_LODGED_ON.name(), "2025-06-02", "appealGrounds", "Не учтены новые документы."));

    assertThat(petition).hasPassedInOrder(TASK_REGISTER_APPEAL, GATEWAY_APPEAL_REGISTERED, TASK_OPEN_APPEAL)
        .hasNotPassed(EVENT_APPEAL_LODGED, TIMER_APPEAL_WINDOW_EXPIRED)
        .isWaitingAt(TASK_DECIDE_APPEAL);
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId()).activityId(TIMER_APPEAL_WINDOW_EXPIRED)
        .count()).as("appeal window timer removed once the appeal is registered").isZero();
    verify(registerAppeal).notify(any());
    verify(openAppeal).execute(any());
  }

  @Test
  void upheldAppealWithoutACourtAppealInThePeriodClosesTheRefusedCase() throws Exception {
    ProcessInstance petition = refuseAndServe();

    lodgeAppeal();
    assertThat(petition).hasPassedInOrder(EVENT_APPEAL_LODGED, GATEWAY_APPEAL_REGISTERED, TASK_OPEN_APPEAL)
        .hasNotPassed(TIMER_APPEAL_WINDOW_EXPIRED)
        .isWaitingAt(TASK_DECIDE_APPEAL);
    assertThat(task(TASK_DECIDE_APPEAL, petition)).hasCandidateGroup(MANAGERS).hasDueDate(appealDecisionDue);
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId()).activityId(TIMER_APPEAL_WINDOW_EXPIRED)
        .count()).as("appeal window timer removed once the appeal is lodged").isZero();

    complete(task(TASK_DECIDE_APPEAL, petition), withVariables(APPEAL_OUTCOME.name(), UPHELD));

    // the refusal upheld is not final yet: the applicant may still go to court within the period
    assertThat(petition).hasPassedInOrder(TASK_DECIDE_APPEAL, GATEWAY_APPEAL_UPHELD)
        .hasNotPassed(TASK_CLOSE_REFUSED_CASE)
        .isWaitingAt(TASK_REGISTER_COURT_APPEAL);
    assertThat(task(TASK_REGISTER_COURT_APPEAL, petition)).hasCandidateGroup(CASEWORKERS)
        .hasDueDate(courtAppealLastDay);
    Job courtPeriod = job(TIMER_COURT_APPEAL_PERIOD_EXPIRED, petition);
    assertThat(courtPeriod).hasDueDate(courtAppealPeriodEndsAt);

    execute(courtPeriod);

    assertThat(petition).hasPassedInOrder(TIMER_COURT_APPEAL_PERIOD_EXPIRED, GATEWAY_TO_CLOSURE,
            TASK_CLOSE_REFUSED_CASE, END_REFUSED, END_PETITION_DECIDED)
        .hasNotPassed(TASK_REOPEN_EXAMINATION, TASK_RECORD_COURT_DECISION)
        .isEnded();
    verify(openAppeal).execute(any());
    verify(decideAppeal).notify(any());
    verify(registerCourtAppeal, never()).notify(any());
    verify(closeRefusedCase).execute(any());
  }

  @Test
  void aCourtAppealHoldsTheCaseOpenUntilTheCourtUpholdsTheRefusal() throws Exception {
    ProcessInstance petition = appealUpheld();

    complete(task(TASK_REGISTER_COURT_APPEAL, petition),
        withVariables("courtName", "Специализированный административный суд", "courtAppealLodgedOn", "2025-07-10"));

    assertThat(petition).hasPassed(TASK_REGISTER_COURT_APPEAL)
        .hasNotPassed(TIMER_COURT_APPEAL_PERIOD_EXPIRED, TASK_CLOSE_REFUSED_CASE)
        .isWaitingAt(TASK_RECORD_COURT_DECISION);
    assertThat(task(TASK_RECORD_COURT_DECISION, petition)).hasCandidateGroup(CASEWORKERS)
        .hasCandidateGroup(MANAGERS).hasDueDate(appealDecisionDue);
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId())
        .activityId(TIMER_COURT_APPEAL_PERIOD_EXPIRED).count()).as("no closure while the court decides").isZero();

    complete(task(TASK_RECORD_COURT_DECISION, petition),
        withVariables(COURT_OUTCOME.name(), UPHELD, "courtDecidedOn", "2025-09-01"));

    assertThat(petition).hasPassedInOrder(TASK_RECORD_COURT_DECISION, GATEWAY_COURT_UPHELD, GATEWAY_TO_CLOSURE,
            TASK_CLOSE_REFUSED_CASE, END_REFUSED, END_PETITION_DECIDED)
        .hasNotPassed(TASK_REOPEN_EXAMINATION)
        .isEnded();
    verify(registerCourtAppeal).notify(any());
    verify(recordCourtDecision).notify(any());
    verify(closeRefusedCase).execute(any());
  }

  @Test
  void aCourtOverturningTheRefusalReturnsThePetitionToTheDecision() throws Exception {
    ProcessInstance petition = appealUpheld();
    complete(task(TASK_REGISTER_COURT_APPEAL, petition),
        withVariables("courtName", "Специализированный административный суд", "courtAppealLodgedOn", "2025-07-10"));

    complete(task(TASK_RECORD_COURT_DECISION, petition),
        withVariables(COURT_OUTCOME.name(), OVERTURNED, "courtDecidedOn", "2025-09-01"));

    // as after an overturned appeal: the examination starts again at the decision, under the re-examination deadline
    assertThat(petition).hasPassedInOrder(GATEWAY_COURT_UPHELD, TASK_REOPEN_EXAMINATION, END_EXAMINATION_REOPENED,
            GATEWAY_EXAMINATION_REOPENED, GATEWAY_REEXAMINATION, GATEWAY_TO_DECISION)
        .hasNotPassed(TASK_CLOSE_REFUSED_CASE)
        .isWaitingAt(TASK_DECIDE_PETITION);
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(petition.getId())
        .activityId(TASK_INTERVIEW_APPLICANT).count()).as("interviewed once").isOne();
    assertThat(job(START_DECISION_OVERDUE, petition)).hasDueDate(reexaminationDueAt);
    verify(reopenExamination).execute(any());
  }

  @Test
  void aLateAppealRefusedByTheManagerEndsAndChangesNothing() throws Exception {
    ProcessInstance late = lateAppeal();

    assertThat(late).hasBusinessKey(CASE_NO)
        .hasPassed(START_LATE_APPEAL_LODGED)
        .hasNotPassed(START_PETITION_FILED, TASK_REGISTER_PETITION)
        .isWaitingAt(TASK_REVIEW_LATE_APPEAL);
    assertThat(task(TASK_REVIEW_LATE_APPEAL, late)).hasCandidateGroup(MANAGERS).hasDueDate(appealDecisionDue);

    complete(task(TASK_REVIEW_LATE_APPEAL, late), withVariables(LATE_APPEAL_DECISION.name(), REFUSED,
        "lateAppealReasons", "Причина пропуска срока не подтверждена."));

    assertThat(late).hasPassedInOrder(TASK_REVIEW_LATE_APPEAL, GATEWAY_LATE_APPEAL_ACCEPTED, END_LATE_APPEAL_REFUSED)
        .hasNotPassed(SUBPROCESS_EXAMINATION, TASK_OPEN_APPEAL)
        .isEnded();
    verify(reviewLateAppeal).notify(any());
    verify(openAppeal, never()).execute(any());
    // closed once, when the window expired; not again
    verify(closeRefusedCase, times(1)).execute(any());
  }

  @Test
  void aLateAppealAcceptedByTheManagerIsDecidedAsAnAppealInTime() throws Exception {
    ProcessInstance late = lateAppeal();

    complete(task(TASK_REVIEW_LATE_APPEAL, late), withVariables(LATE_APPEAL_DECISION.name(), ACCEPTED,
        "lateAppealReasons", "Заявитель находился на стационарном лечении весь срок обжалования."));

    // the examination is joined at the appeal: not at the interview, not at the decision
    assertThat(late).hasPassedInOrder(GATEWAY_LATE_APPEAL_ACCEPTED, START_EXAMINATION, GATEWAY_REEXAMINATION,
            GATEWAY_APPEAL_REGISTERED, TASK_OPEN_APPEAL)
        .hasNotPassed(TASK_SCHEDULE_INTERVIEW, TASK_DECIDE_PETITION, TASK_REGISTER_APPEAL)
        .isWaitingAt(TASK_DECIDE_APPEAL);
    verify(openAppeal).execute(any());
    // the decision was taken long ago: its deadline watch ends at once as met
    execute(job(START_DECISION_OVERDUE, late));
    assertThat(late).hasPassed(END_DEADLINE_MET).hasNotPassed(TASK_RECORD_DECISION_OVERDUE);

    complete(task(TASK_DECIDE_APPEAL, late), withVariables(APPEAL_OUTCOME.name(), OVERTURNED));

    assertThat(late).hasPassedInOrder(TASK_REOPEN_EXAMINATION, END_EXAMINATION_REOPENED, GATEWAY_TO_DECISION)
        .isWaitingAt(TASK_DECIDE_PETITION);
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(late.getId())
        .activityId(TASK_OPEN_APPEAL).count()).as("the appeal opened once").isOne();
  }

  @Test
  void overturnedAppealReturnsThePetitionToTheDecisionWhichMayThenGrant() throws Exception {
    ProcessInstance petition = refuseAndServe();
    lodgeAppeal();
    assertThat(job(START_DECISION_OVERDUE, petition)).hasDueDate(decisionDueAt);

    complete(task(TASK_DECIDE_APPEAL, petition), withVariables(APPEAL_OUTCOME.name(), OVERTURNED));

    // the examination ends and starts again at the decision, not at the interview
    assertThat(petition).hasPassedInOrder(GATEWAY_APPEAL_UPHELD, TASK_REOPEN_EXAMINATION, END_EXAMINATION_REOPENED,
            GATEWAY_EXAMINATION_REOPENED, GATEWAY_REEXAMINATION, GATEWAY_TO_DECISION)
        .hasNotPassed(TASK_CLOSE_REFUSED_CASE)
        .isWaitingAt(TASK_DECIDE_PETITION)
        .isNotEnded();
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(petition.getId())
        .activityId(TASK_INTERVIEW_APPLICANT).count()).as("interviewed once").isOne();
    assertThat(task(TASK_DECIDE_PETITION, petition)).hasCandidateGroup(MANAGERS).hasDueDate(decisionTaskDue);
    verify(reopenExamination).execute(any());
    // the deadline watch starts over from the re-examination's deadline; the first examination's is gone
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId()).timers().count()).isOne();
    assertThat(job(START_DECISION_OVERDUE, petition)).hasDueDate(reexaminationDueAt);

    decide(petition, GRANTED);

    assertThat(petition).hasPassed(TASK_ISSUE_REFUGEE_CERTIFICATE, END_GRANTED, END_PETITION_DECIDED)
        .hasNotPassed(END_REFUSED)
        .isEnded();
    verify(decidePetition, times(2)).notify(any());
    verify(closeRefusedCase, never()).execute(any());
  }

  @Test
  void reexaminationMissingItsDeadlineIsEscalatedAsTheFirstExamination() throws Exception {
    ProcessInstance petition = refuseAndServe();
    // the first examination's deadline passed while the refusal was under appeal: met, the decision was taken
    execute(job(START_DECISION_OVERDUE, petition));
    assertThat(petition).hasPassed(END_DEADLINE_MET);
    lodgeAppeal();
    complete(task(TASK_DECIDE_APPEAL, petition), withVariables(APPEAL_OUTCOME.name(), OVERTURNED));

    Job deadline = job(START_DECISION_OVERDUE, petition);
    assertThat(deadline).hasDueDate(reexaminationDueAt);
    execute(deadline);

    // the refusal no longer stands: the decision is pending again and the managers are told
    assertThat(petition).isWaitingAt(TASK_DECIDE_PETITION, TASK_HANDLE_OVERDUE_DECISION);
    verify(recordDecisionOverdue).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Intake
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void lateFilingWithAReasonIsRegisteredAsUsual() throws Exception {
    ProcessInstance petition = runtimeService().startProcessInstanceByKey(KEY, withVariables(
        "arrivalDate", "2025-01-10",
        "filingDate", "2025-03-20",
        "lateFilingReason", "hospitalised on arrival",
        "language", "dari"));

    Assertions.assertThat(intakeSeen).containsEntry("lateFilingReason", "hospitalised on arrival");
    assertThat(petition).hasPassed(TASK_RECORD_INTAKE, TASK_REGISTER_PETITION)
        .isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    // the intake lives in the data bank from here on; the process keeps only ids
    Assertions.assertThat(runtimeService().getVariables(petition.getId()))
        .doesNotContainKeys("lateFilingReason", "arrivalDate", "filingDate", "language")
        .containsEntry(CASE_NUMBER.name(), CASE_NO);
  }

  @Test
  void possibleDuplicateMergedIntoTheExistingCaseEndsThePetition() throws Exception {
    duplicateInDataBank = true;
    ProcessInstance petition = file();

    assertThat(petition).hasPassed(TASK_RECORD_INTAKE, GATEWAY_DUPLICATE_FOUND).isWaitingAt(TASK_RESOLVE_DUPLICATE);
    assertThat(task(TASK_RESOLVE_DUPLICATE, petition)).hasCandidateGroup(CASEWORKERS).hasDueDate(stepDue);
    assertThat(petition).variables().containsEntry(DUPLICATE_FOUND.name(), true).doesNotContainKey(DUPLICATE_MATCHES.name());

    complete(task(TASK_RESOLVE_DUPLICATE, petition), withVariables(DUPLICATE_RESOLUTION.name(), "merge",
        "mergeCaseNumber", "ALA-2024-000007", "duplicateReason", "same family, new child"));

    assertThat(petition).hasPassedInOrder(TASK_RESOLVE_DUPLICATE, GATEWAY_DUPLICATE_RESOLUTION,
            TASK_MERGE_INTO_EXISTING_CASE, END_MERGED_INTO_EXISTING_CASE)
        .hasNotPassed(TASK_REGISTER_PETITION, SUBPROCESS_EXAMINATION)
        .isEnded();
    verify(resolveDuplicate).notify(any());
    verify(mergeIntoExistingCase).execute(any());
    verify(registerPetition, never()).execute(any());
  }

  @Test
  void possibleDuplicateJudgedANewCaseIsRegistered() throws Exception {
    duplicateInDataBank = true;
    ProcessInstance petition = file();

    complete(task(TASK_RESOLVE_DUPLICATE, petition), withVariables(DUPLICATE_RESOLUTION.name(), "proceed",
        "duplicateReason", "different person with the same name"));

    assertThat(petition).hasPassedInOrder(TASK_RESOLVE_DUPLICATE, GATEWAY_DUPLICATE_RESOLUTION,
            GATEWAY_TO_REGISTRATION, TASK_REGISTER_PETITION)
        .hasNotPassed(TASK_MERGE_INTO_EXISTING_CASE)
        .isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    verify(mergeIntoExistingCase, never()).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Decision deadline
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void missedDecisionDeadlineIsEscalatedToManagersWhoMayExtendItOnce() throws Exception {
    decisionDueAt = daysFromNow(-1);
    ProcessInstance petition = fileAndRegister();
    Job deadline = job(START_DECISION_OVERDUE, petition);
    Assertions.assertThat(jobQuery().jobId(deadline.getId()).executable().count())
        .as("deadline in the past: the timer is due").isOne();

    execute(deadline);

    assertThat(petition).hasPassedInOrder(START_DECISION_OVERDUE, GATEWAY_FIRST_DECISION_PENDING,
            TASK_RECORD_DECISION_OVERDUE)
        .isWaitingAt(TASK_INTERVIEW_APPLICANT, TASK_HANDLE_OVERDUE_DECISION);
    assertThat(task(TASK_HANDLE_OVERDUE_DECISION, petition)).hasCandidateGroup(MANAGERS).hasDueDate(escalationDue);
    verify(recordDecisionOverdue).execute(any());

    // the manager extends the deadline (the real listener computes the new date from the form)
    Date extendedDueAt = daysFromNow(30);
    complete(task(TASK_HANDLE_OVERDUE_DECISION, petition),
        withVariables(EXTEND_DEADLINE.name(), true, "extensionReason", "interpreter unavailable",
            DECISION_DUE_AT.name(), extendedDueAt));

    assertThat(petition).hasPassed(TASK_HANDLE_OVERDUE_DECISION, GATEWAY_DEADLINE_EXTENDED)
        .isWaitingAt(TASK_INTERVIEW_APPLICANT, TIMER_EXTENDED_DEADLINE_REACHED);
    Job extended = job(TIMER_EXTENDED_DEADLINE_REACHED, petition);
    assertThat(extended).hasDueDate(extendedDueAt);

    execute(extended);

    assertThat(petition).isWaitingAt(TASK_INTERVIEW_APPLICANT, TASK_HANDLE_OVERDUE_DECISION);
    verify(recordDecisionOverdue, times(2)).execute(any());
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(petition.getId())
        .activityId(GATEWAY_FIRST_DECISION_PENDING).count()).isEqualTo(2);

    complete(task(TASK_HANDLE_OVERDUE_DECISION, petition), withVariables(EXTEND_DEADLINE.name(), false));

    assertThat(petition).hasPassed(END_OVERDUE_ACKNOWLEDGED)
        .hasNotPassed(END_DEADLINE_MET)
        .isWaitingAt(TASK_INTERVIEW_APPLICANT)
        .isNotWaitingAt(TASK_HANDLE_OVERDUE_DECISION, TIMER_EXTENDED_DEADLINE_REACHED)
        .isNotEnded();
    Assertions.assertThat(jobQuery().processInstanceId(petition.getId()).timers().count())
        .as("no deadline timer left").isZero();
    verify(handleOverdueDecision, times(2)).notify(any());
  }

  @Test
  void deadlineFiringAfterTheDecisionIsMetWithoutEscalation() throws Exception {
    ProcessInstance petition = refuse();
    assertThat(petition).isWaitingAt(TASK_RECORD_NOTICE_SERVICE);

    execute(job(START_DECISION_OVERDUE, petition));

    assertThat(petition).hasPassedInOrder(START_DECISION_OVERDUE, GATEWAY_FIRST_DECISION_PENDING, END_DEADLINE_MET)
        .hasNotPassed(TASK_RECORD_DECISION_OVERDUE)
        .isWaitingAt(TASK_RECORD_NOTICE_SERVICE);
    Assertions.assertThat(taskQuery().processInstanceId(petition.getId()).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactly(TASK_RECORD_NOTICE_SERVICE);
    verify(recordDecisionOverdue, never()).execute(any());
  }

  @Test
  void decisionTakenWhileTheEscalationIsOpenEndsTheEscalationToo() throws Exception {
    ProcessInstance petition = fileAndRegister();
    execute(job(START_DECISION_OVERDUE, petition));
    assertThat(petition).isWaitingAt(TASK_INTERVIEW_APPLICANT, TASK_HANDLE_OVERDUE_DECISION);

    interview(petition);
    runAgencyChecks(petition);
    assess(petition, false, true, "partly_credible");
    assertRecommendation(petition, RECOMMEND_GRANT, RULE_2_WELL_FOUNDED_FEAR);
    assertThat(petition).isWaitingAt(TASK_DECIDE_PETITION, TASK_HANDLE_OVERDUE_DECISION);
    decide(petition, GRANTED);

    assertThat(petition).hasPassed(END_GRANTED, END_PETITION_DECIDED)
        .hasNotPassed(END_OVERDUE_ACKNOWLEDGED)
        .isEnded();
    Assertions.assertThat(taskQuery().processInstanceId(petition.getId()).count()).isZero();
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(petition.getId())
        .activityId(TASK_HANDLE_OVERDUE_DECISION).canceled().count())
        .as("escalation task cancelled by the terminate end event").isOne();
    verify(handleOverdueDecision, never()).notify(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Agency checks
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void failingPoliceCheckIsRetriedThenRaisesAnIncidentAndResumesAfterARetry() throws Exception {
    ProcessInstance petition = fileAndRegister();
    interview(petition);
    execute(job(TASK_REQUEST_SECURITY_CHECK, petition));
    doThrow(new IllegalStateException("police registry unavailable")).when(requestPoliceCheck).execute(any());

    // R2/PT1M: two attempts, then the job is out of retries
    for (int attempt = 1; attempt <= 2; attempt++) {
      Job check = job(TASK_REQUEST_POLICE_CHECK, petition);
      assertThatThrownBy(() -> execute(check)).hasMessageContaining("police registry unavailable");
    }

    Job exhausted = job(TASK_REQUEST_POLICE_CHECK, petition);
    Assertions.assertThat(exhausted.getRetries()).isZero();
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(petition.getId())
        .activityId(TASK_REQUEST_POLICE_CHECK).singleResult();
    Assertions.assertThat(incident).isNotNull();
    Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    Assertions.assertThat(incident.getConfiguration()).isEqualTo(exhausted.getId());
    Assertions.assertThat(incident.getIncidentMessage()).contains("police registry unavailable");
    verify(requestPoliceCheck, times(2)).execute(any());
    // the petition is not lost: it waits at the failed step, the other check done
    assertThat(petition).isActive().isWaitingAt(TASK_REQUEST_POLICE_CHECK).hasPassed(TASK_REQUEST_SECURITY_CHECK)
        .hasNotPassed(TASK_ASSESS_PETITION);

    // the police registry answers again; an operator retries the job
    doNothing().when(requestPoliceCheck).execute(any());
    managementService().setJobRetries(exhausted.getId(), 1);
    Assertions.assertThat(runtimeService().createIncidentQuery().processInstanceId(petition.getId()).count())
        .as("incident resolved by giving the job retries").isZero();
    execute(job(TASK_REQUEST_POLICE_CHECK, petition));

    assertThat(petition).hasPassed(TASK_REQUEST_POLICE_CHECK, GATEWAY_CHECKS_JOIN).isWaitingAt(TASK_ASSESS_PETITION);
    verify(requestPoliceCheck, times(3)).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Ends without a decision: withdrawal, nobody left on the register
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void petitionWithdrawnBeforeTheInterviewEndsWithTheCaseClosed() throws Exception {
    ProcessInstance petition = fileAndRegister();

    withdraw();

    assertThat(petition).hasPassedInOrder(START_PETITION_WITHDRAWN, TASK_CLOSE_WITHDRAWN_CASE, END_WITHDRAWN)
        .hasNotPassed(END_PETITION_DECIDED)
        .isEnded();
    verify(closeWithdrawnCase).execute(any());
    // the open interview was cancelled, never completed: its step never ran
    verify(recordInterview, never()).notify(any());
    // the decision deadline watch ends with the petition
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(petition.getId()).count()).isZero();
  }

  @Test
  void petitionWithdrawnDuringTheAssessmentEndsWithoutADecision() throws Exception {
    ProcessInstance petition = examineUpToAssessment();

    withdraw();

    assertThat(petition).hasPassed(TASK_INTERVIEW_APPLICANT, TASK_CLOSE_WITHDRAWN_CASE, END_WITHDRAWN)
        .hasNotPassed(TASK_RECOMMEND_DECISION, TASK_DECIDE_PETITION)
        .isEnded();
    // the open assessment was cancelled, never completed
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(petition.getId())
        .activityId(TASK_ASSESS_PETITION).canceled().count()).isOne();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(petition.getId()).count()).isZero();
  }

  @Test
  void withdrawalAfterADecisionIsRefusedAndChangesNothing() throws Exception {
    // a granted petition has ended: no withdrawal reaches it
    ProcessInstance granted = examineUpToAssessment();
    assess(granted, false, true, "credible");
    decide(granted, GRANTED);
    assertThat(granted).isEnded().hasPassed(END_GRANTED);
    assertThatThrownBy(this::withdraw)
        .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);

    // a refused one waits for an appeal: the data bank refuses the closure, the step rolls back whole
    Mocks.reset();
    setUp();
    ProcessInstance refused = refuse();
    doThrow(new kz.migration.refugee.shared.ConflictException("решение по ходатайству уже принято"))
        .when(closeWithdrawnCase).execute(any());
    assertThatThrownBy(this::withdraw).isInstanceOf(kz.migration.refugee.shared.ConflictException.class);
    assertThat(refused).isWaitingAt(TASK_RECORD_NOTICE_SERVICE).hasNotPassed(END_WITHDRAWN);
  }

  @Test
  void departureOfOneMemberLeavesThePetitionRunningForTheOthers() throws Exception {
    ProcessInstance petition = fileAndRegister();

    // one member left: the data bank records it, nobody tells the process, the examination goes on
    interview(petition);
    assertThat(petition).isWaitingAt(TASK_REQUEST_POLICE_CHECK, TASK_REQUEST_SECURITY_CHECK)
        .hasNotPassed(START_NOBODY_REGISTERED);
    verify(closeEmptiedCase, never()).execute(any());
  }

  @Test
  void deathOfTheOnlyMemberEndsThePetition() throws Exception {
    ProcessInstance petition = examineUpToAssessment();

    runtimeService().createMessageCorrelation(MESSAGE_NOBODY_REGISTERED).processInstanceBusinessKey(CASE_NO).correlate();

    assertThat(petition).hasPassedInOrder(START_NOBODY_REGISTERED, TASK_CLOSE_EMPTIED_CASE, END_NOBODY_REGISTERED)
        .hasNotPassed(TASK_DECIDE_PETITION, END_WITHDRAWN)
        .isEnded();
    verify(closeEmptiedCase).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Interview appointment, missed appointment, abandonment
  // ---------------------------------------------------------------------------------------------------------

  @Test
  void interviewIsAppointedThenHeld() throws Exception {
    ProcessInstance petition = file();

    assertThat(petition).hasPassed(START_EXAMINATION, GATEWAY_REEXAMINATION).isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    assertThat(task(TASK_SCHEDULE_INTERVIEW, petition)).hasCandidateGroup(CASEWORKERS).hasCandidateGroup(MANAGERS)
        .hasDueDate(examinationStepDue);
    Assertions.assertThat(task(TASK_SCHEDULE_INTERVIEW, petition).getDescription()).contains("Назначьте");
    // the abandonment watch runs while the interview is not appointed, for the configured period
    Assertions.assertThat(abandonmentTimer(petition).getDuedate())
        .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(42))), 60_000);

    schedule(petition);
    assertThat(petition).hasPassed(TASK_SCHEDULE_INTERVIEW).isWaitingAt(TASK_INTERVIEW_APPLICANT);
    Assertions.assertThat(abandonmentTimer(petition)).as("appointed: no abandonment watch").isNull();

    interview(petition);

    assertThat(petition).hasPassedInOrder(TASK_SCHEDULE_INTERVIEW, TASK_INTERVIEW_APPLICANT, GATEWAY_APPLICANT_APPEARED,
            GATEWAY_CHECKS_FORK)
        .isWaitingAt(TASK_REQUEST_POLICE_CHECK, TASK_REQUEST_SECURITY_CHECK);
    verify(scheduleInterview).notify(any());
  }

  @Test
  void missedAppointmentIsAppointedAgainThenHeld() throws Exception {
    ProcessInstance petition = fileAndRegister();

    missInterview(petition);

    assertThat(petition).hasPassed(GATEWAY_APPLICANT_APPEARED).hasNotPassed(GATEWAY_CHECKS_FORK)
        .isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    Assertions.assertThat(abandonmentTimer(petition)).as("the abandonment period runs from the missed appointment")
        .isNotNull();

    schedule(petition);
    interview(petition);

    assertThat(petition).hasPassed(GATEWAY_CHECKS_FORK).isWaitingAt(TASK_REQUEST_POLICE_CHECK, TASK_REQUEST_SECURITY_CHECK);
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(petition.getId())
        .activityId(TASK_SCHEDULE_INTERVIEW).count()).as("appointed twice").isEqualTo(2);
    verify(handleAbandonment, never()).notify(any());
  }

  @Test
  void missedAppointmentWithoutContactForTheAbandonmentPeriodIsClosedAsAbandoned() throws Exception {
    ProcessInstance petition = fileAndRegister();
    missInterview(petition);

    execute(abandonmentTimer(petition));

    assertThat(petition).hasPassed(EVENT_NO_CONTACT).isWaitingAt(TASK_HANDLE_ABANDONMENT)
        .isNotWaitingAt(TASK_SCHEDULE_INTERVIEW);
    assertThat(task(TASK_HANDLE_ABANDONMENT, petition)).hasCandidateGroup(MANAGERS).hasDueDate(escalationDue);
    Assertions.assertThat(task(TASK_HANDLE_ABANDONMENT, petition).getDescription()).contains("оставленное");

    complete(task(TASK_HANDLE_ABANDONMENT, petition), withVariables(ABANDONMENT_DECISION.name(), CLOSE));

    assertThat(petition).hasPassedInOrder(TASK_HANDLE_ABANDONMENT, GATEWAY_ABANDONMENT_DECISION,
            END_EXAMINATION_ABANDONED, EVENT_EXAMINATION_ABANDONED, TASK_CLOSE_ABANDONED_CASE, END_ABANDONED)
        .hasNotPassed(END_PETITION_DECIDED, GATEWAY_EXAMINATION_REOPENED)
        .isEnded();
    verify(closeAbandonedCase).execute(any());
    // the decision deadline watch ends with the petition
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(petition.getId()).count()).isZero();
  }

  @Test
  void caseClosedAsAbandonedIsReopenedOnRequestAtTheAppointment() throws Exception {
    ProcessInstance abandoned = fileAndRegister();
    missInterview(abandoned);
    execute(abandonmentTimer(abandoned));
    complete(task(TASK_HANDLE_ABANDONMENT, abandoned), withVariables(ABANDONMENT_DECISION.name(), CLOSE));
    assertThat(abandoned).isEnded();

    // the request is in the data bank (the domain API): a new instance for the same case starts at its message
    ProcessInstance reopened = runtimeService().createMessageCorrelation(MESSAGE_PETITION_REOPENED)
        .processInstanceBusinessKey(CASE_NO).correlateStartMessage();

    assertThat(reopened).hasBusinessKey(CASE_NO)
        .hasPassedInOrder(START_REOPENING_REQUESTED, TASK_REOPEN_ABANDONED_CASE, START_EXAMINATION,
            GATEWAY_REEXAMINATION)
        .hasNotPassed(START_PETITION_FILED, TASK_REGISTER_PETITION)
        .isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    verify(reopenAbandonedCase).execute(any());
    // the examination resumes under its new deadline, with its watches
    assertThat(job(START_DECISION_OVERDUE, reopened)).hasDueDate(reopenedDecisionDueAt);
    Assertions.assertThat(abandonmentTimer(reopened)).isNotNull();

    schedule(reopened);
    interview(reopened);
    assertThat(reopened).isWaitingAt(TASK_REQUEST_POLICE_CHECK, TASK_REQUEST_SECURITY_CHECK);
  }

  @Test
  void managerMayAppointTheInterviewAgainInsteadOfClosing() throws Exception {
    ProcessInstance petition = fileAndRegister();
    missInterview(petition);
    execute(abandonmentTimer(petition));

    complete(task(TASK_HANDLE_ABANDONMENT, petition), withVariables(ABANDONMENT_DECISION.name(), RESCHEDULE));

    assertThat(petition).hasPassed(GATEWAY_ABANDONMENT_DECISION).hasNotPassed(TASK_CLOSE_ABANDONED_CASE)
        .isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    Assertions.assertThat(abandonmentTimer(petition)).as("a new abandonment period from the manager's decision")
        .isNotNull();
    verify(handleAbandonment).notify(any());
    verify(closeAbandonedCase, never()).execute(any());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Steps
  // ---------------------------------------------------------------------------------------------------------

  private void withdraw() {
    runtimeService().createMessageCorrelation(MESSAGE_PETITION_WITHDRAWN).processInstanceBusinessKey(CASE_NO)
        .correlate();
  }

  private ProcessInstance file() {
    return runtimeService().startProcessInstanceByKey(KEY,
        withVariables("arrivalDate", "2025-03-01", "filingDate", "2025-03-03", "language", "dari"));
  }

  /** Filed, registered, the interview appointed: waits for the interview. */
  private ProcessInstance fileAndRegister() {
    ProcessInstance petition = file();
    assertThat(petition).isWaitingAt(TASK_SCHEDULE_INTERVIEW);
    schedule(petition);
    assertThat(petition).isWaitingAt(TASK_INTERVIEW_APPLICANT);
    return petition;
  }

  private void schedule(ProcessInstance petition) {
    complete(task(TASK_SCHEDULE_INTERVIEW, petition), withVariables("appointmentDate", "2025-03-10",
        "appointmentTime", "10:00", "appointmentPlace", "room 12"));
  }

  private void interview(ProcessInstance petition) {
    complete(task(TASK_INTERVIEW_APPLICANT, petition), withVariables(APPLICANT_MISSED.name(), false,
        "interviewSummary", "persecuted for political opinion"));
  }

  private void missInterview(ProcessInstance petition) {
    complete(task(TASK_INTERVIEW_APPLICANT, petition), withVariables(APPLICANT_MISSED.name(), true));
  }

  private Job abandonmentTimer(ProcessInstance petition) {
    return jobQuery().processInstanceId(petition.getId()).activityId(EVENT_NO_CONTACT).singleResult();
  }

  private void runAgencyChecks(ProcessInstance petition) {
    execute(job(TASK_REQUEST_POLICE_CHECK, petition));
    execute(job(TASK_REQUEST_SECURITY_CHECK, petition));
  }

  private ProcessInstance examineUpToAssessment() {
    ProcessInstance petition = fileAndRegister();
    interview(petition);
    runAgencyChecks(petition);
    assertThat(petition).isWaitingAt(TASK_ASSESS_PETITION);
    return petition;
  }

  private void assess(ProcessInstance petition, boolean exclusionIndicators, boolean wellFoundedFear,
      String credibility) {
    complete(task(TASK_ASSESS_PETITION, petition), withVariables(EXCLUSION_INDICATORS.name(), exclusionIndicators,
        WELL_FOUNDED_FEAR.name(), wellFoundedFear, CREDIBILITY.name(), credibility));
  }

  private void decide(ProcessInstance petition, String outcome) {
    Task decision = task(TASK_DECIDE_PETITION, petition);
    assertThat(decision).hasCandidateGroup(MANAGERS);
    complete(decision, withVariables(DECISION_OUTCOME.name(), outcome, "decisionReason", "as assessed"));
  }

  /** Examined, the rules recommend refusal, the manager refuses: waits for the notice to be served. */
  private ProcessInstance refuse() throws Exception {
    ProcessInstance petition = examineUpToAssessment();
    assess(petition, true, false, "partly_credible");
    assertRecommendation(petition, RECOMMEND_REFUSE, RULE_1_EXCLUSION);
    decide(petition, REFUSED);
    assertThat(petition).isWaitingAt(TASK_RECORD_NOTICE_SERVICE);
    verify(notifyRefusal).execute(any());
    return petition;
  }

  /** Refused and served: waits for an appeal (Tasklist or API) or the end of the window. */
  private ProcessInstance refuseAndServe() throws Exception {
    ProcessInstance petition = refuse();
    serve(petition);
    assertThat(petition).isWaitingAt(TASK_REGISTER_APPEAL);
    return petition;
  }

  /** Refused, appealed and the appeal upheld: waits for a court appeal within its period. */
  private ProcessInstance appealUpheld() throws Exception {
    ProcessInstance petition = refuseAndServe();
    lodgeAppeal();
    complete(task(TASK_DECIDE_APPEAL, petition), withVariables(APPEAL_OUTCOME.name(), UPHELD));
    assertThat(petition).isWaitingAt(TASK_REGISTER_COURT_APPEAL);
    return petition;
  }

  /**
   * The refusal became final (closed without appeal), then an appeal came after the window: it is in the data bank
   * (the domain API), and a new instance for the same case starts at its message with what the API gives it.
   */
  private ProcessInstance lateAppeal() throws Exception {
    ProcessInstance petition = refuseAndServe();
    execute(job(TIMER_APPEAL_WINDOW_EXPIRED, petition));
    assertThat(petition).isEnded();
    return runtimeService().createMessageCorrelation(MESSAGE_LATE_APPEAL_LODGED)
        .processInstanceBusinessKey(CASE_NO)
        .setVariable(CASE_ID.name(), CASE)
        .setVariable(CASE_NUMBER.name(), CASE_NO)
        .setVariable(DECISION_OUTCOME.name(), REFUSED)
        .setVariable(DECISION_DUE_AT.name(), daysFromNow(-60))
        .correlateStartMessage();
  }

  private void serve(ProcessInstance petition) {
    complete(task(TASK_RECORD_NOTICE_SERVICE, petition),
        withVariables("noticeServedHow", "post", "noticeServedOn", "2025-06-01"));
  }

  private void lodgeAppeal() {
    runtimeService().createMessageCorrelation(MESSAGE_APPEAL_LODGED)
        .processInstanceBusinessKey(CASE_NO)
        .setVariable(APPEAL_LODGED_ON.name(), new Date())
        .correlate();
  }

  /** The latest evaluation of the rules, as its recording listener saw it, for the person assessed. */
  private void assertRecommendation(ProcessInstance petition, String recommendation, String rulePrefix) {
    Assertions.assertThat(recommended).isNotEmpty();
    List<Object> latest = recommended.get(recommended.size() - 1);
    Assertions.assertThat(latest.get(0)).isEqualTo(PERSON);
    Assertions.assertThat(latest.get(1)).isEqualTo(recommendation);
    Assertions.assertThat((String) latest.get(2)).startsWith(rulePrefix);
    // the assessment's variables stay with the person's instance, never on the process
    Assertions.assertThat(runtimeService().getVariable(petition.getId(), RECOMMENDATION.name())).isNull();
  }

  private static Date daysFromNow(int days) {
    // whole seconds: the database keeps no milliseconds on job due dates
    return Date.from(Instant.now().plus(Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }
}
