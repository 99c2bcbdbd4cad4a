package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The four-eyes rule on Tasklist's own path (the webapp's session, its CSRF token and its engine API), not only
 * through engine REST: the manager who prepared the assessment can neither claim nor submit the decision.
 */
@ApplicationTest
class TasklistFourEyesTest {

  private static final String TASKLIST_API = TasklistSession.API;

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  @Test
  void theAssessorCannotDecideThroughTasklistAnotherManagerCan() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate", java.time.LocalDate.now().toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявитель сообщил о преследовании по политическим мотивам."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, "Task_AssessPetition", "manager", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    String decide = steps.task(caseNumber, "Task_DecidePetition").getId();
    String form = steps.decisionRequest(caseNumber, "granted", "art1-well-founded-fear",
        "Обоснованные опасения преследования подтверждены материалами дела.", Map.of());

    TasklistSession assessor = TasklistSession.login(port, "manager");
    HttpResponse<String> claim = assessor.post(TASKLIST_API + "/task/" + decide + "/claim", "{\"userId\": \"manager\"}");
    assertThat(claim.statusCode()).as(claim.body()).isGreaterThanOrEqualTo(400);
    assertThat(claim.body()).contains("четырёх глаз");
    HttpResponse<String> submit = assessor.post(TASKLIST_API + "/task/" + decide + "/submit-form", form);
    assertThat(submit.statusCode()).as(submit.body()).isGreaterThanOrEqualTo(400);
    assertThat(submit.body()).contains("четырёх глаз");
    assertThat(tasks.createTaskQuery().taskId(decide).count()).isEqualTo(1);

    TasklistSession other = TasklistSession.login(port, "manager2");
    assertThat(other.post(TASKLIST_API + "/task/" + decide + "/claim", "{\"userId\": \"manager2\"}").statusCode()).isEqualTo(204);
    assertThat(other.post(TASKLIST_API + "/task/" + decide + "/submit-form", form).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(decide).count()).isZero();
  }

  /**
   * The start form refused by the server's check, submitted as Tasklist submits it: 400, each field named as the
   * form names it and members counted from one, without the engine's wording, the definition's id or data paths.
   */
  @Test
  void aRefusedStartFormNamesTheMemberAndFieldAsTheFormDoes() throws Exception {
    String arrival = java.time.LocalDate.now().minusDays(2).toString();
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("petition").count();
    TasklistSession caseworker = TasklistSession.login(port, "caseworker");
    String members = """
        [{"role": "head", "surname": "Ахмади", "givenName": "Фарид", "dateOfBirth": "1970-01-01", "sex": "male",
          "citizenship": "AF"},
         {"role": "child", "surname": "Ахмади", "givenName": "Лейла", "dateOfBirth": "2099-01-01", "sex": "female",
          "citizenship": "AF"}]""";
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var variables = json.createObjectNode();
    for (String name : new String[] {"arrivalDate", "filingDate"}) {
      variables.putObject(name).put("value", arrival);
    }
    variables.putObject("language").put("value", "fa");
    variables.putObject("address").put("value", "Алматы");
    variables.putObject("members").put("type", "Json").put("value", members);
    HttpResponse<String> refused = caseworker.post(TASKLIST_API + "/process-definition/key/petition/submit-form",
        json.createObjectNode().set("variables", variables).toString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Член семьи 2, «Дата рождения»")
        .doesNotContain("members[", "dateOfBirth", "Cannot instantiate", "petition:");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("petition").count()).isEqualTo(before);
  }

  /**
   * A form step refused by its task listener (the four-eyes rule, or a field the server's check rejects) is the
   * user's mistake: Tasklist's API answers 400 with the listener's message, as engine REST does, not 500.
   */
  @Test
  void aRefusedFormStepSubmittedThroughTasklistIsABadRequestWithItsMessage() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());
    String interview = steps.task(caseNumber, "Task_InterviewApplicant").getId();
    TasklistSession caseworker = TasklistSession.login(port, "caseworker");
    HttpResponse<String> incomplete = caseworker.post(TASKLIST_API + "/task/" + interview + "/submit-form", """
        {"variables": {"interviewDate": {"value": "%s"}, "interviewLanguage": {"value": "ru"}}}"""
        .formatted(java.time.LocalDate.now()));
    assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(400);
    assertThat(incomplete.body()).contains("«Краткое изложение рассказа заявителя»").doesNotContain("interviewSummary");
    assertThat(tasks.createTaskQuery().taskId(interview).count()).isEqualTo(1);

    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate", java.time.LocalDate.now().toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявитель сообщил о преследовании по политическим мотивам."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, "Task_AssessPetition", "manager", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    String decide = steps.task(caseNumber, "Task_DecidePetition").getId();
    TasklistSession assessor = TasklistSession.login(port, "manager");
    HttpResponse<String> claim = assessor.post(TASKLIST_API + "/task/" + decide + "/claim", "{\"userId\": \"manager\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(400);
    HttpResponse<String> submit = assessor.post(TASKLIST_API + "/task/" + decide + "/submit-form",
        steps.decisionRequest(caseNumber, "granted", "art1-well-founded-fear",
            "Обоснованные опасения преследования подтверждены материалами дела.", Map.of()));
    assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
    assertThat(submit.body()).contains("четырёх глаз");
  }
}
