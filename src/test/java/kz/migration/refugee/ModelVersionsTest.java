package kz.migration.refugee;

import static kz.migration.refugee.petition.PetitionProcess.EVENT_NOTICE_SERVICE_OVERDUE;
import static kz.migration.refugee.petition.PetitionProcess.MESSAGE_APPEAL_LODGED;
import static kz.migration.refugee.petition.PetitionProcess.SUBPROCESS_ASSESS_PERSON;
import static kz.migration.refugee.petition.PetitionProcess.TASK_ASSESS_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_DECIDE_APPEAL;
import static kz.migration.refugee.petition.PetitionProcess.TASK_DECIDE_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_INTERVIEW_APPLICANT;
import static kz.migration.refugee.petition.PetitionProcess.TASK_RECORD_NOTICE_SERVICE;
import static kz.migration.refugee.petition.PetitionProcess.TASK_REGISTER_APPEAL;
import static kz.migration.refugee.petition.PetitionProcess.TASK_REGISTER_COURT_APPEAL;
import static kz.migration.refugee.petition.PetitionProcess.TASK_REQUEST_POLICE_CHECK;
import static kz.migration.refugee.petition.PetitionProcess.TASK_REQUEST_SECURITY_CHECK;
import static kz.migration.refugee.petition.PetitionProcess.TIMER_APPEAL_WINDOW_EXPIRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.recheck.RecheckProcess;
import kz.migration.refugee.recheck.RecheckScheduler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An installation upgraded with cases under way: petitions, rechecks and joinings started on the models of the previous
 * release ({@code src/test/resources/legacy-models}) are on the latest versions after the next start, each at its
 * step, the old family assessment replaced by the agency checks and an assessment per adult, a decision task kept
 * with its decision sheet put on it, and the history of before the upgrade still there.
 * <p>
 * Own context: it deploys the previous release's models, which the shared engine's other tests would then start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@OwnContext
class ModelVersionsTest {

  private static final String GRANT_REASONS = "Обоснованные опасения преследования по признаку национальности подтверждены.";
  private static final Map<String, Object> ASSESSMENT = Map.of(
      "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
      "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
      "assessmentRecommendation", "grant");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired ApplicationEventPublisher events;
  @Autowired RecheckScheduler scheduler;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
  }

  @Test
  void casesOfThePreviousReleaseContinueOnTheLatestModels() {
    CaseSteps steps = new CaseSteps(http, runtime, tasks, management, identity);
    ProcessDefinition current = latest(PetitionProcess.KEY);

    // cases that reach the steps both releases share, on the current model: moved back to the old one below
    String deciding = toDecision(steps, CaseSteps.family());
    String serving = toDecision(steps, CaseSteps.family());
    steps.decideAll(serving, "manager", "refused", "art12-no-well-founded-fear", "Опасения не подтверждены.");
    String appealing = toDecision(steps, CaseSteps.family());
    steps.decideAll(appealing, "manager", "refused", "art12-no-well-founded-fear", "Опасения не подтверждены.");
    steps.serveRefusal(appealing);
    // a family assessed as one before decisions per person: V19 gave the assessment to the head, the spouse has none
    String headAssessed = toDecision(steps, familyOfTwoAdults());
    long spouse = steps.memberId(headAssessed, "Зарина");
    jdbc.update("delete from recommendation where person_id = ?", spouse);
    jdbc.update("delete from assessment where person_id = ?", spouse);
    String verifying = steps.grant(CaseSteps.family());
    String confirming = steps.grant(CaseSteps.family());

    deployPreviousRelease();
    ProcessDefinition previous = latest(PetitionProcess.KEY);
    ProcessDefinition previousRecheck = latest(RecheckProcess.KEY);
    assertThat(previous.getVersion()).isGreaterThan(current.getVersion());
    backToPreviousRelease(List.of(deciding, serving, appealing, headAssessed), current, previous);
    // decision tasks of the previous release: created under its form of three fields, no decision sheet
    String decisionTask = steps.task(deciding, TASK_DECIDE_PETITION).getId();
    for (String caseNumber : List.of(deciding, headAssessed)) {
      String task = steps.task(caseNumber, TASK_DECIDE_PETITION).getId();
      tasks.removeVariablesLocal(task, new ArrayList<>(tasks.getVariablesLocal(task).keySet()));
    }

    // cases started on the previous release
    String interviewing = steps.file(CaseSteps.family());
    String assessing = steps.file(CaseSteps.family());
    interview(steps, assessing);
    placeAt(assessing, TASK_ASSESS_PETITION);
    String familyDeciding = steps.file(familyOfTwoAdults());
    interview(steps, familyDeciding);
    placeAt(familyDeciding, TASK_DECIDE_PETITION);

    // rechecks started on the previous release: one verifying, one waiting in its own confirmation of a cessation
    expireSoon(verifying);
    expireSoon(confirming);
    scheduler.run();
    management.createJobQuery().processDefinitionKey(RecheckProcess.KEY).messages().list()
        .forEach(job -> management.executeJob(job.getId()));
    String oldConfirmation = "Task_ConfirmStatusEnd";
    String recheckInstance = runtime.createProcessInstanceQuery().processDefinitionKey(RecheckProcess.KEY)
        .processInstanceBusinessKey(confirming).singleResult().getId();
    runtime.createProcessInstanceModification(recheckInstance)
        .cancelAllForActivity(RecheckProcess.TASK_VERIFY_CIRCUMSTANCES)
        .startBeforeActivity(oldConfirmation)
        .execute(true, false);
    assertThat(definitionOf(recheckInstance).getId()).isEqualTo(previousRecheck.getId());

    List<String> all = List.of(deciding, serving, appealing, headAssessed, interviewing, assessing, familyDeciding);
    all.forEach(c -> assertThat(definitionOf(steps.instance(c)).getId()).isEqualTo(previous.getId()));

    // the next release is deployed and the application starts
    deployCurrentRelease();
    ProcessDefinition next = latest(PetitionProcess.KEY);
    events.publishEvent(new PostDeployEvent(engine));

    for (String caseNumber : all) {
      assertThat(definitionOf(steps.instance(caseNumber)).getId()).as(caseNumber).isEqualTo(next.getId());
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RecheckProcess.KEY).list())
        .allSatisfy(i -> assertThat(i.getProcessDefinitionId()).isEqualTo(latest(RecheckProcess.KEY).getId()));

    // a second start has nothing to move: nothing is started twice
    events.publishEvent(new PostDeployEvent(engine));
    assertThat(management.createJobQuery().processInstanceId(steps.instance(assessing)).messages().list())
        .extracting(Job::getProcessDefinitionId).containsOnly(next.getId()).hasSize(2);
    assertThat(management.createJobQuery().processInstanceId(steps.instance(familyDeciding)).messages().count())
        .isEqualTo(2);

    // where the steps are shared, the case waits where it waited, its timers and messages of the new version
    assertThat(steps.task(interviewing, TASK_INTERVIEW_APPLICANT)).isNotNull();
    assertThat(steps.task(serving, TASK_RECORD_NOTICE_SERVICE)).isNotNull();
    assertThat(management.createJobQuery().processInstanceId(steps.instance(serving))
        .activityId(EVENT_NOTICE_SERVICE_OVERDUE).singleResult().getProcessDefinitionId()).isEqualTo(next.getId());
    assertThat(steps.task(appealing, TASK_REGISTER_APPEAL)).isNotNull();
    assertThat(management.createJobQuery().processInstanceId(steps.instance(appealing))
        .activityId(TIMER_APPEAL_WINDOW_EXPIRED).singleResult().getProcessDefinitionId()).isEqualTo(next.getId());
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(steps.instance(appealing))
        .eventName(MESSAGE_APPEAL_LODGED).count()).isEqualTo(1);
    // and goes on by the new model: an appeal upheld waits for a court appeal, which the previous release had not
    assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Не учтены новые документы."), Map.class, appealing)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    steps.complete(appealing, TASK_DECIDE_APPEAL, "manager2", Map.of("appealOutcome", "upheld",
        "appealReasons", "Новые документы не меняют оценку опасений."));
    assertThat(steps.task(appealing, TASK_REGISTER_COURT_APPEAL)).isNotNull();

    // the decision task stays, with the new form and its decision sheet, and decides the family
    Task decision = steps.task(deciding, TASK_DECIDE_PETITION);
    assertThat(decision.getId()).isEqualTo(decisionTask);
    assertThat(tasks.createTaskQuery().taskId(decisionTask).initializeFormKeys().singleResult().getFormKey())
        .isEqualTo("embedded:deployment:forms/DecidePetition.html");
    assertThat(steps.decisionSheet(deciding).path("persons")).hasSize(1);
    assertThat(steps.decisionSheet(deciding).path("persons").get(0).path("recommendation").asText())
        .isEqualTo("присвоить статус");
    assertThat(steps.shownText(decisionTask, "familySummary")).isNotNull();
    steps.decideAll(deciding, "manager", "granted", "art1-well-founded-fear", GRANT_REASONS);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(deciding).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ? and c.type = 'REFUGEE'", Long.class, deciding)).isEqualTo(1);
    // what happened before the upgrade is still in the history
    String decidedInstance = history.createHistoricProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY)
        .processInstanceBusinessKey(deciding).singleResult().getId();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(decidedInstance)
        .activityId(TASK_INTERVIEW_APPLICANT).finished().count()).isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(decidedInstance)
        .activityId(SUBPROCESS_ASSESS_PERSON).finished().count()).isEqualTo(1);

    // the old assessment, and the decision of a family without an assessment per adult (none, or the head's only):
    // the checks run again, then every adult is assessed on their own
    for (String caseNumber : List.of(assessing, familyDeciding, headAssessed)) {
      assertThat(steps.task(caseNumber, TASK_ASSESS_PETITION)).isNull();
      assertThat(steps.task(caseNumber, TASK_DECIDE_PETITION)).isNull();
      assertThat(runtime.createExecutionQuery().processInstanceId(steps.instance(caseNumber))
          .activityId(TASK_REQUEST_POLICE_CHECK).count()
          + runtime.createExecutionQuery().processInstanceId(steps.instance(caseNumber))
          .activityId(TASK_REQUEST_SECURITY_CHECK).count()).isEqualTo(2);
      steps.runAgencyChecks(caseNumber);
    }
    assertThat(steps.assessEach(assessing, "caseworker", ASSESSMENT)).isEqualTo(1);
    assertThat(steps.assessEach(familyDeciding, "caseworker", ASSESSMENT)).isEqualTo(2);
    assertThat(steps.assessEach(headAssessed, "caseworker", ASSESSMENT)).isEqualTo(2);
    for (String caseNumber : List.of(familyDeciding, headAssessed)) {
      assertThat(steps.personsToDecide(caseNumber)).hasSize(2);
      steps.decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear", GRANT_REASONS);
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
      assertThat(jdbc.queryForObject("select count(*) from certificate c join family_case f on f.id = c.case_id "
          + "where f.case_number = ? and c.type = 'REFUGEE'", Long.class, caseNumber)).isEqualTo(2);
    }

    // rechecks: verification as it stood; the old confirmation gone, the manager's review in its place
    assertThat(steps.task(verifying, RecheckProcess.TASK_VERIFY_CIRCUMSTANCES)).isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceId(recheckInstance).list()).extracting(Task::getTaskDefinitionKey)
        .containsExactly(RecheckProcess.TASK_REVIEW_RECHECK);
  }

  @Test
  void aJoinerOfThePreviousReleaseWaitingForTheAppealDecisionGoesOnToTheCourtStage() {
    CaseSteps steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.grant(CaseSteps.family());
    deployPreviousJoining();
    ProcessDefinition previous = latest(PetitionProcess.JOINING_KEY);

    // a spouse joins on the previous release, is refused and appeals
    assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/members", Map.of(
        "role", "SPOUSE", "surname", CaseSteps.uniqueSurname("Керимова"), "givenName", "Зарина",
        "dateOfBirth", "1990-05-02", "sex", "FEMALE", "citizenship", "AF", "documentType", "PASSPORT",
        "documentNumber", "S" + System.nanoTime() % 1_000_000_000), Map.class, caseNumber)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    interview(steps, caseNumber);
    steps.assessEach(caseNumber, "caseworker", ASSESSMENT);
    steps.decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear", "Опасения не подтверждены.");
    steps.serveRefusal(caseNumber);
    assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Не учтены угрозы заявительнице."), Map.class,
        caseNumber).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(definitionOf(steps.instance(caseNumber)).getId()).isEqualTo(previous.getId());

    // the next release is deployed and the application starts
    deployCurrentRelease();
    ProcessDefinition next = latest(PetitionProcess.JOINING_KEY);
    events.publishEvent(new PostDeployEvent(engine));

    assertThat(next.getVersionTag()).isNotEqualTo(previous.getVersionTag());
    assertThat(definitionOf(steps.instance(caseNumber)).getId()).isEqualTo(next.getId());
    steps.complete(caseNumber, TASK_DECIDE_APPEAL, "manager2", Map.of("appealOutcome", "upheld",
        "appealReasons", "Доводы жалобы не меняют оценку опасений."));
    assertThat(steps.task(caseNumber, TASK_REGISTER_COURT_APPEAL)).isNotNull();
    long spouse = steps.memberId(caseNumber, "Зарина");
    assertThat(jdbc.queryForObject("select deregistered_on from person where id = ?", LocalDate.class, spouse))
        .as("not final while the court-appeal period runs").isNull();
  }

  /** Files a one-adult family and takes it through interview, checks and assessment: it waits for the decision. */
  private static String toDecision(CaseSteps steps, Map<String, Object> family) {
    String caseNumber = steps.file(family);
    interview(steps, caseNumber);
    steps.runAgencyChecks(caseNumber);
    steps.assessEach(caseNumber, "caseworker", ASSESSMENT);
    return caseNumber;
  }

  private static void interview(CaseSteps steps, String caseNumber) {
    steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании за принадлежность к этнической группе."));
  }

  /**
   * Puts a case of the previous release at one of its steps after the checks, as that release's code had left it:
   * without the current code's listeners, which read what the old model never gave them.
   */
  private void placeAt(String caseNumber, String activityId) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
    runtime.createProcessInstanceModification(instance)
        .startBeforeActivity(activityId)
        .cancelAllForActivity(TASK_REQUEST_POLICE_CHECK)
        .cancelAllForActivity(TASK_REQUEST_SECURITY_CHECK)
        .execute(true, false);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activityId).count()).isEqualTo(1);
  }

  /** Moves cases waiting at steps both releases share back onto the previous release's model. */
  private void backToPreviousRelease(List<String> caseNumbers, ProcessDefinition current, ProcessDefinition previous) {
    var plan = runtime.createMigrationPlan(current.getId(), previous.getId()).mapEqualActivities()
        .updateEventTriggers().build();
    runtime.newMigration(plan).processInstanceIds(caseNumbers.stream()
        .map(c -> runtime.createProcessInstanceQuery().processDefinitionId(current.getId()).processInstanceBusinessKey(c)
            .singleResult().getId())
        .toList()).execute();
  }

  /** The previous release: its petition and recheck models, with the forms they were deployed with. */
  private void deployPreviousRelease() {
    DeploymentBuilder deployment = repository.createDeployment().name("refugee-status (previous release)")
        .addInputStream(PetitionProcess.BPMN, resource("legacy-models/petition-1.0.0.bpmn"))
        .addInputStream("bpmn/annual-recheck.bpmn", resource("legacy-models/annual-recheck-1.0.0.bpmn"))
        .addInputStream(PetitionProcess.RECOMMENDATION_DMN, resource(PetitionProcess.RECOMMENDATION_DMN));
    for (String form : List.of("AssessPetition", "DecidePetition", "ConfirmStatusEnd", "DecideStatusEndAppeal")) {
      deployment.addInputStream("forms/" + form + ".form", resource("legacy-models/forms/" + form + ".form"));
    }
    for (String form : List.of("DecideAppeal", "HandleAbandonment", "HandleOverdueDecision", "InterviewApplicant",
        "RecordNoticeService", "RegisterAppeal", "ResolveDuplicate", "ScheduleInterview", "HandleOverdueRecheck",
        "ReviewRecheck", "VerifyCircumstances")) {
      deployment.addInputStream("forms/" + form + ".form", resource("forms/" + form + ".form"));
    }
    deployment.addInputStream("forms/PetitionFiled.html", resource("forms/PetitionFiled.html")).deploy();
  }

  /** The previous release's joining process, with the forms and the decision it was deployed with. */
  private void deployPreviousJoining() {
    DeploymentBuilder deployment = repository.createDeployment().name("refugee-status (previous joining)")
        .addInputStream(PetitionProcess.JOINING_BPMN, resource("legacy-models/member-joining-1.0.0.bpmn"))
        .addInputStream(PetitionProcess.RECOMMENDATION_DMN, resource(PetitionProcess.RECOMMENDATION_DMN))
        .addInputStream("forms/DecidePetition.html", resource("forms/DecidePetition.html"));
    for (String form : List.of("AssessPetition", "ConfirmDerivedStatus", "DecideAppeal", "InterviewApplicant",
        "JoinFamilyMember", "RecordNoticeService", "RegisterAppeal")) {
      deployment.addInputStream("forms/" + form + ".form", resource("forms/" + form + ".form"));
    }
    deployment.deploy();
  }

  /** The release under test, deployed again as the next one after the previous release. */
  private void deployCurrentRelease() {
    DeploymentBuilder deployment = repository.createDeployment().name("refugee-status (next release)");
    ModelsAndForms.resourceNames().forEach(name -> deployment.addInputStream(name, resource(name)));
    deployment.deploy();
  }

  private static InputStream resource(String name) {
    InputStream in = ModelVersionsTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private ProcessDefinition definitionOf(String instanceId) {
    return repository.getProcessDefinition(
        runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionId());
  }

  private void expireSoon(String caseNumber) {
    jdbc.update("update certificate set valid_until = ? where case_id = (select id from family_case where "
        + "case_number = ?) and type = 'REFUGEE' and status = 'VALID'", LocalDate.now().plusDays(10), caseNumber);
  }

  private static Map<String, Object> familyOfTwoAdults() {
    Map<String, Object> family = new HashMap<>(CaseSteps.family());
    List<Object> members = new ArrayList<>((List<?>) family.get("members"));
    members.add(Map.of("role", "spouse", "surname", CaseSteps.uniqueSurname("Керимова"), "givenName", "Зарина",
        "dateOfBirth", "1990-05-02", "sex", "female", "citizenship", "AF", "documentType", "passport",
        "documentNumber", "S" + System.nanoTime() % 1_000_000_000));
    family.put("members", members);
    return family;
  }
}
