package kz.migration.refugee.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

/** Tasklist's «Дело» tab: from a task to its case page, for those who may see the task, by its case number. */
@ApplicationTest
class TaskCaseTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aTaskLeadsToItsCasePageOnlyForThoseWhoMaySeeTheTask() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());
    String interview = steps.task(caseNumber, "Task_InterviewApplicant").getId();

    HttpResponse<Void> caseworker = get(interview, "caseworker");
    assertThat(caseworker.statusCode()).isEqualTo(303);
    assertThat(caseworker.headers().firstValue("Location")).hasValue("/cases/" + caseNumber);
    assertThat(get(interview, "auditor").statusCode()).isEqualTo(303);
    // in Tasklist's tab: the page without its own header
    assertThat(send("/cases/task/" + interview + "?framed", "caseworker").headers().firstValue("Location"))
        .hasValue("/cases/" + caseNumber + "?framed");
    String login = "Basic " + Base64.getEncoder().encodeToString("caseworker:demo".getBytes(StandardCharsets.UTF_8));
    String standalone = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + caseNumber))
        .header("Authorization", login).build(), HttpResponse.BodyHandlers.ofString()).body();
    String framed = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + caseNumber
        + "?framed")).header("Authorization", login).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(standalone).contains("Дело " + caseNumber, "class=\"product-header\"");
    assertThat(framed).contains("Дело " + caseNumber).doesNotContain("class=\"product-header\"");

    // the decision is the managers' task: a caseworker does not reach its case through it
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", java.util.Map.of(
        "interviewDate", java.time.LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании по политическим мотивам."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, "Task_AssessPetition", "manager", java.util.Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"));
    String decide = steps.task(caseNumber, "Task_DecidePetition").getId();
    assertThat(get(decide, "caseworker").statusCode()).isEqualTo(404);
    assertThat(get(decide, "manager").headers().firstValue("Location")).hasValue("/cases/" + caseNumber);

    assertThat(get("no-such-task", "manager").statusCode()).isEqualTo(404);
    assertThat(get(interview, "admin").statusCode()).isEqualTo(403);
    assertThat(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/task/" + interview))
        .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
  }

  /** After the start form: the case page of the petition this person filed last, never someone else's. */
  @Test
  void afterFilingTheCaseworkerLandsOnTheCasePageOfTheirLatestPetition() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());

    HttpResponse<Void> filer = send("/cases/filed/latest", "caseworker");
    assertThat(filer.statusCode()).isEqualTo(302);
    assertThat(filer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cases/" + caseNumber));
    assertThat(send("/cases/filed/latest", "manager2").headers().firstValue("Location"))
        .isNotEqualTo(filer.headers().firstValue("Location"));
    assertThat(send("/cases/filed/latest", "auditor").statusCode()).isEqualTo(403);
  }

  private HttpResponse<Void> get(String taskId, String user) throws Exception {
    return send("/cases/task/" + taskId, user);
  }

  private HttpResponse<Void> send(String path, String user) throws Exception {
    String login = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + login).build(), HttpResponse.BodyHandlers.discarding());
  }
}
