package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.START_DECISION_OVERDUE;
import static kz.migration.refugee.petition.PetitionProcess.TASK_ASSESS_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_DECIDE_APPEAL;
import static kz.migration.refugee.petition.PetitionProcess.TASK_DECIDE_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_HANDLE_OVERDUE_DECISION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_INTERVIEW_APPLICANT;
import static kz.migration.refugee.shared.FormText.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.ProcedureProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * A refusal overturned on appeal reopens the examination under a deadline of its own, counted from the reopening:
 * the new decision is not overdue on arrival, its deadline watch waits for the new deadline, and the case page
 * shows it, the first examination's deadline kept beside it.
 */
@ApplicationTest
class ReexaminationDeadlineTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired PetitionService petitions;
  @Autowired CaseSearch caseSearch;
  @Autowired ProcedureProperties procedure;
  @Autowired JdbcTemplate jdbc;

  private CaseSteps steps;

  @BeforeEach
  void setUp() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
  }

  @Test
  void aDecisionAfterAnOverturnedRefusalIsDueWithinTheReexaminationPeriodFromTheReopening() {
    String caseNumber = steps.file(CaseSteps.family());
    long caseId = caseSearch.summary(new CaseNumber(caseNumber)).caseId();
    steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил об угрозах со стороны вооружённой группировки."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, TASK_ASSESS_PETITION, "caseworker", Map.of(
        "assessmentFacts", "Показания частично противоречивы, сведения о стране происхождения их не подтверждают.",
        "credibility", "partly_credible", "wellFoundedFear", false, "exclusionIndicators", false,
        "assessmentRecommendation", "refuse"));
    steps.decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear",
        "Обоснованные опасения преследования не подтверждены материалами дела.");
    steps.serveRefusal(caseNumber);

    // the first deadline has passed by the time the appeal is decided, and its watch has come due
    LocalDate firstDue = LocalDate.now().minusDays(10);
    jdbc.update("update petition set decision_due_on = ? where case_id = ?", firstDue, caseId);
    Job firstWatch = timer(caseNumber);
    management.setJobDuedate(firstWatch.getId(), Deadlines.overdueAt(firstDue));

    ResponseEntity<String> appeal = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/appeals", Map.of("lodgedOn", LocalDate.now().toString(),
            "grounds", "Заявитель представил новые сведения о преследовании его семьи."), String.class);
    assertThat(appeal.getStatusCode().is2xxSuccessful()).as("%s", appeal.getBody()).isTrue();
    steps.complete(caseNumber, TASK_DECIDE_APPEAL, "manager2", Map.of("appealOutcome", "overturned",
        "appealReasons", "Новые сведения требуют повторного рассмотрения ходатайства."));

    LocalDate reopened = LocalDate.now();
    LocalDate due = reopened.plus(procedure.reexaminationPeriod());
    assertThat(due).isNotEqualTo(firstDue).isNotEqualTo(reopened.plus(procedure.decisionPeriod()));

    Task decision = steps.task(caseNumber, TASK_DECIDE_PETITION);
    assertThat(decision).as("the decision is back with the managers").isNotNull();
    assertThat(day(decision.getDueDate())).isEqualTo(due);
    assertThat(decision.getDueDate()).as("not overdue on arrival").isAfter(new Date());
    assertThat(petitions.decisionDueOn(caseId)).isEqualTo(due);

    // the watch of the first examination is gone; the re-examination's waits for its own deadline
    Job watch = timer(caseNumber);
    assertThat(watch.getId()).isNotEqualTo(firstWatch.getId());
    assertThat(watch.getDuedate()).isEqualTo(Deadlines.overdueAt(due));
    assertThat(management.createJobQuery().processInstanceId(steps.instance(caseNumber)).list())
        .as("the only job left").extracting(Job::getId).containsExactly(watch.getId());
    assertThat(management.createJobQuery().processInstanceId(steps.instance(caseNumber)).executable().count())
        .as("nothing comes due at once").isZero();
    assertThat(steps.task(caseNumber, TASK_HANDLE_OVERDUE_DECISION)).isNull();

    PetitionView view = petitions.view(new CaseNumber(caseNumber));
    assertThat(view.decisionDueOn()).isEqualTo(due);
    assertThat(view.deadlineMissed()).isFalse();
    assertThat(view.reopenedOn()).isEqualTo(reopened);
    assertThat(view.initialDecisionDueOn()).isEqualTo(firstDue);

    ResponseEntity<String> page = http.withBasicAuth("manager", "demo").getForEntity("/cases/" + caseNumber, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(HtmlUtils.htmlUnescape(page.getBody())).contains("Решение не позднее", DATE.format(due),
        "Повторное рассмотрение", "с " + DATE.format(reopened), "первоначальный срок " + DATE.format(firstDue));
  }

  private Job timer(String caseNumber) {
    return management.createJobQuery().processInstanceId(steps.instance(caseNumber)).activityId(START_DECISION_OVERDUE)
        .singleResult();
  }

  private static LocalDate day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
