package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role reaches what it needs and nothing more, through the engine REST API, the domain API and a browser's one
 * login, which its logout (the product's or the webapps') ends everywhere.
 */
@ApplicationTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class RoleAccessTest {

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.TaskService tasksService;
  @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.IdentityService identity;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  /** The interview task of this test's own petition (the shared database holds other tests' tasks, some claimed). */
  private String interviewTaskId;

  @BeforeEach
  void aPetitionIsWaitingForItsInterview() throws Exception {
    String today = LocalDate.now().toString();
    var filed = call("caseworker", "POST", "/api/petitions", """
        {"arrivalDate": "%s", "filingDate": "%s", "language": "ru", "address": "Алматы",
         "members": [{"role": "head", "surname": "%s", "givenName": "Роль", "dateOfBirth": "1970-01-01",
                      "sex": "male", "citizenship": "SY"}]}""".formatted(today, today, CaseSteps.uniqueSurname("Тест")));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode registered = json.readTree(filed.body());
    assertThat(registered.get("duplicateReview").asBoolean()).as("no earlier petition matches").isFalse();
    String caseNumber = registered.get("caseNumber").asText();
    new CaseSteps(null, null, tasksService, null, identity).schedule(caseNumber);
    interviewTaskId = tasksService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_InterviewApplicant").singleResult().getId();
  }

  @Test
  void nothingIsReachableWithoutLoggingInButHealth() throws Exception {
    assertThat(call(null, "GET", "/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(call(null, "GET", "/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
    assertThat(call(null, "GET", "/api/registry/persons?q=test", null).statusCode()).isEqualTo(401);
    assertThat(call(null, "POST", "/api/petitions", "{}").statusCode()).isEqualTo(401);
    assertThat(call(null, "GET", "/actuator/health", null).statusCode()).isEqualTo(200);
    assertThat(call(null, "GET", "/actuator/env", null).statusCode()).isIn(401, 403, 404);
    assertThat(call("caseworker", "GET", "/engine-rest/task", null).statusCode()).isEqualTo(200);
  }

  @Test
  // an unknown login: a wrong password for a real user would lock that user for a few seconds (Camunda login delay)
  void aFailedLoginIsLoggedWithoutThePassword(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/registry/persons?q=test"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("intruder:Secr3t-Guess!".getBytes()))
        .GET().build();
    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    assertThat(output.getAll()).contains("failed login for user 'intruder'").doesNotContain("Secr3t-Guess!");
  }

  @Test
  void caseworkersSeeTheirGroupsTasksAndNotTheManagersDecisions() throws Exception {
    List<String> seen = taskKeys("caseworker");
    assertThat(seen).contains("Task_InterviewApplicant").doesNotContain("Task_DecidePetition");
    assertThat(taskKeys("manager")).contains("Task_InterviewApplicant");
  }

  @Test
  void auditorsReadButCannotClaimCompleteOrStart() throws Exception {
    JsonNode task = json.readTree(call("auditor", "GET", "/engine-rest/task?taskDefinitionKey=Task_InterviewApplicant&taskId="
        + interviewTaskId, null).body()).get(0);
    assertThat(task).isNotNull();
    String id = task.get("id").asText();
    assertThat(call("auditor", "POST", "/engine-rest/task/" + id + "/claim", "{\"userId\": \"auditor\"}").statusCode())
        .isEqualTo(403);
    assertThat(call("auditor", "POST", "/engine-rest/task/" + id + "/complete", "{}").statusCode()).isEqualTo(403);
    assertThat(call("auditor", "POST", "/engine-rest/process-definition/key/petition/start", "{}").statusCode())
        .isEqualTo(403);
    assertThat(call("auditor", "POST", "/api/petitions", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void administratorsManageUsersButNeverWorkCases() throws Exception {
    assertThat(call("admin", "GET", "/engine-rest/user", null).statusCode()).isEqualTo(200);
    String id = json.readTree(call("manager", "GET", "/engine-rest/task?taskDefinitionKey=Task_InterviewApplicant&taskId="
        + interviewTaskId, null).body()).get(0).get("id").asText();
    var claim = call("admin", "POST", "/engine-rest/task/" + id + "/claim", "{\"userId\": \"admin\"}");
    // refused by the authorizations, or by the candidate-group rule for camunda-admin members
    assertThat(claim.statusCode()).as(claim.body()).isIn(400, 403);
    assertThat(call("admin", "POST", "/engine-rest/task/" + id + "/complete", "{}").statusCode()).isIn(400, 403);
    assertThat(tasksService.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
    assertThat(call("admin", "GET", "/api/registry/persons?q=test", null).statusCode()).isEqualTo(403);
    assertThat(call("admin", "POST", "/api/petitions", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void theAdminWebappCannotBeUsedToCreateAnotherAdministrator() throws Exception {
    var response = call(null, "POST", "/camunda/api/admin/setup/default/user/create",
        "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"x\"}}");
    assertThat(response.statusCode()).isIn(401, 403);
  }

  @Test
  void oneBrowserLoginReachesTheWebappsThePagesAndTheApiAndItsLogoutEndsThemAll() throws Exception {
    TasklistSession manager = TasklistSession.login(port, "manager");
    assertThat(page(manager, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(page(manager, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    assertThat(page(manager, "/api/statistics/dashboard.html").statusCode()).isEqualTo(200);
    assertThat(manager.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"manager\"");
    assertThat(manager.get("/api/statistics/workload").statusCode()).isEqualTo(200);
    assertThat(manager.get(TasklistSession.API + "/task?maxResults=1").statusCode()).isEqualTo(200);
    // engine REST is for clients with their own credentials: the HTTP session does not reach it
    assertThat(manager.get("/engine-rest/task?maxResults=1").statusCode()).isEqualTo(401);

    // a write riding on the HTTP session needs Spring Security's CSRF token (then the endpoint's own answer)
    String csrf = AccessMatrixTest.apiCsrfToken(manager);
    assertThat(apiWrite(manager, "/api/petitions", null).statusCode()).isEqualTo(403);
    assertThat(apiWrite(manager, "/api/petitions", csrf).statusCode()).isEqualTo(400);

    // the logout is a CSRF-protected POST
    var forged = manager.client().send(TasklistSession.request(port, "/logout")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(manager.get("/api/statistics/workload").statusCode()).as("still logged in").isEqualTo(200);
    var logout = manager.client().send(TasklistSession.request(port, "/logout")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.discarding());
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

    assertLoggedOut(manager);
  }

  @Test
  void theWebappsOwnLogoutEndsTheOneLogin() throws Exception {
    TasklistSession caseworker = TasklistSession.login(port, "caseworker");
    assertThat(caseworker.get("/api/registry/persons?q=test").statusCode()).isEqualTo(200);
    // without the webapps' CSRF token their logout is refused (and Camunda's CSRF filter ends the HTTP session
    // on any such request, as it always did: the one login ends with it)
    var forged = caseworker.client().send(TasklistSession.request(port, "/camunda/api/admin/auth/user/default/logout")
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertLoggedOut(caseworker);

    caseworker = TasklistSession.login(port, "caseworker");
    assertThat(caseworker.get("/api/registry/persons?q=test").statusCode()).isEqualTo(200);
    assertThat(caseworker.post("/camunda/api/admin/auth/user/default/logout", "").statusCode()).isLessThan(300);
    assertLoggedOut(caseworker);
  }

  @Test
  void aBrowserLoginOfTheWrongRoleIsForbidden() throws Exception {
    TasklistSession caseworker = TasklistSession.login(port, "caseworker");
    assertThat(page(caseworker, "/api/statistics/dashboard.html").statusCode()).isEqualTo(403);
    assertThat(page(caseworker, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
    assertThat(caseworker.get("/api/audit/decisions").statusCode()).isEqualTo(403);
    TasklistSession admin = TasklistSession.login(port, "admin");
    assertThat(page(admin, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
    assertThat(admin.get("/api/registry/persons?q=test").statusCode()).isEqualTo(403);
  }

  /** After the logout: pages go to the login page, calls get 401, whichever part of the product. */
  private void assertLoggedOut(TasklistSession browser) throws Exception {
    for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
        "/api/statistics/dashboard.html")) {
      var answer = page(browser, path);
      assertThat(answer.statusCode()).as(path).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
    }
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    assertThat(browser.get(TasklistSession.API + "/task?maxResults=1").statusCode()).isEqualTo(401);
    assertThat(browser.get("/api/statistics/workload").statusCode()).isEqualTo(401);
    assertThat(browser.get("/api/registry/persons?q=test").statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> page(TasklistSession browser, String path) throws Exception {
    return browser.client().send(TasklistSession.request(browser.port(), path).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> apiWrite(TasklistSession browser, String path, String csrf) throws Exception {
    var request = TasklistSession.request(browser.port(), path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (csrf != null) {
      request.header("X-CSRF-TOKEN", csrf);
    }
    return browser.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<String> taskKeys(String user) throws Exception {
    JsonNode tasks = json.readTree(call(user, "GET", "/engine-rest/task?maxResults=1000", null).body());
    return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("taskDefinitionKey").asText()).toList();
  }

  private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
