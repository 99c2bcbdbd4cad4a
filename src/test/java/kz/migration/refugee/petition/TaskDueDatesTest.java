package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.CASE_NUMBER;
import static kz.migration.refugee.petition.PetitionProcess.FAMILY_NAME;
import static kz.migration.refugee.petition.PetitionProcess.TASK_ASSESS_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_DECIDE_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_HANDLE_OVERDUE_DECISION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_INTERVIEW_APPLICANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.TaskListProperties;
import org.camunda.bpm.engine.HistoryService;
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

/** Every task a caseworker meets carries its due date and a description; the list shows the case and the family. */
@ApplicationTest
class TaskDueDatesTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired PetitionService petitions;
  @Autowired CaseSearch caseSearch;
  @Autowired TaskListProperties taskList;
  @Autowired ProcedureProperties procedure;

  private CaseSteps steps;

  @BeforeEach
  void setUp() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
  }

  @Test
  void theInterviewIsDueWithinTheConfiguredStepAndSaysWhatItNeeds() {
    Map<String, Object> family = CaseSteps.family();
    String caseNumber = steps.file(family);

    Task interview = steps.task(caseNumber, TASK_INTERVIEW_APPLICANT);
    assertThat(interview.getDueDate().getTime())
        .isEqualTo(Deadlines.dueBy(LocalDate.now().plus(taskList.stepPeriod())).getTime());
    assertThat(interview.getDescription()).contains("собеседование").doesNotContain("${");

    // what Tasklist's filters show beside the task: the case number, and the family's name kept out of history
    String instance = steps.instance(caseNumber);
    Map<?, ?> head = (Map<?, ?>) ((List<?>) family.get("members")).get(0);
    assertThat(runtime.getVariable(instance, CASE_NUMBER.name())).isEqualTo(caseNumber);
    assertThat(runtime.getVariable(instance, FAMILY_NAME.name())).isEqualTo(head.get("surname") + " " + head.get("givenName"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(FAMILY_NAME.name()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(CASE_NUMBER.name()).count()).isEqualTo(1);
  }

  @Test
  void theDecisionIsDueByThePetitionsDecisionDeadlineInTheDataBankAndFollowsItsExtension() {
    String caseNumber = steps.file(CaseSteps.family());
    long caseId = caseSearch.summary(new CaseNumber(caseNumber)).caseId();
    steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании за принадлежность к этнической группе."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, TASK_ASSESS_PETITION, "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"));

    Task decision = steps.task(caseNumber, TASK_DECIDE_PETITION);
    assertThat(day(decision.getDueDate())).isEqualTo(petitions.decisionDueOn(caseId))
        .isEqualTo(LocalDate.now().plus(procedure.decisionPeriod()));
    assertThat(decision.getDescription()).contains("решение");

    // the deadline passes with the decision still waiting; a manager extends it, and the waiting decision follows
    Job deadline = management.createJobQuery().processInstanceId(steps.instance(caseNumber)).timers().singleResult();
    management.executeJob(deadline.getId());
    Task overdue = steps.task(caseNumber, TASK_HANDLE_OVERDUE_DECISION);
    assertThat(day(overdue.getDueDate())).isEqualTo(LocalDate.now().plus(taskList.escalationPeriod()));
    LocalDate extended = LocalDate.now().plusMonths(6);
    steps.complete(caseNumber, TASK_HANDLE_OVERDUE_DECISION, "manager", Map.of("extendDeadline", true,
        "extendedUntil", extended.toString(), "extensionReason", "Запрошены сведения о стране происхождения"));

    assertThat(petitions.decisionDueOn(caseId)).isEqualTo(extended);
    assertThat(day(steps.task(caseNumber, TASK_DECIDE_PETITION).getDueDate())).isEqualTo(extended);
  }

  private static LocalDate day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
