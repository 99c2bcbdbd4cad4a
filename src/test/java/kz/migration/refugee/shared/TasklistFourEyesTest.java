package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

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
    String form = """
        {"variables": {"decisionOutcome": {"value": "granted"}, "legalGround": {"value": "art1-well-founded-fear"},
         "decisionReasons": {"value": "Обоснованные опасения преследования подтверждены материалами дела."}}}""";

    Tasklist assessor = Tasklist.login(port, "manager");
    HttpResponse<String> claim = assessor.post(TASKLIST_API + "/task/" + decide + "/claim", "{\"userId\": \"manager\"}");
    assertThat(claim.statusCode()).as(claim.body()).isGreaterThanOrEqualTo(400);
    assertThat(claim.body()).contains("четырёх глаз");
    HttpResponse<String> submit = assessor.post(TASKLIST_API + "/task/" + decide + "/submit-form", form);
    assertThat(submit.statusCode()).as(submit.body()).isGreaterThanOrEqualTo(400);
    assertThat(submit.body()).contains("четырёх глаз");
    assertThat(tasks.createTaskQuery().taskId(decide).count()).isEqualTo(1);

    Tasklist other = Tasklist.login(port, "manager2");
    assertThat(other.post(TASKLIST_API + "/task/" + decide + "/claim", "{\"userId\": \"manager2\"}").statusCode()).isEqualTo(204);
    assertThat(other.post(TASKLIST_API + "/task/" + decide + "/submit-form", form).statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(decide).count()).isZero();
  }

  /** A browser's session with Tasklist: its cookies and the CSRF token every modifying request must carry. */
  private record Tasklist(int port, HttpClient client, String token) {

    static Tasklist login(int port, String user) throws Exception {
      HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      var page = client.send(request(port, "/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
      String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      var login = client.send(request(port, "/camunda/api/admin/auth/user/default/login/tasklist")
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      // the login starts a new session, with a new token: the next page hands it out
      var after = client.send(request(port, "/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
      return new Tasklist(port, client, after.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return client.send(request(port, path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String path) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
  }
}
