package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's generic API tried as an attacker would, with each demo login, through engine REST (both spellings of
 * the path, a trailing slash) and Tasklist's own API: every attack is refused with a 4xx and changes nothing in the
 * data bank, the engine or the decision log. The tally of answers is printed at the end. Run on H2
 * ({@link EngineAttackTest}) and on PostgreSQL ({@link EngineAttackPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineAttackContract {

  private static final String DECIDE = "Task_DecidePetition";
  private static final String INTERVIEW = "Task_InterviewApplicant";
  /** The same engine resource under the three spellings clients use. */
  private static final List<String> ENGINE_PREFIXES = List.of("/engine-rest", "/engine-rest/engine/default");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired org.camunda.bpm.engine.FilterService filters;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> tally = new ArrayList<>();
  private CaseSteps steps;

  @BeforeEach
  void steps() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
  }

  @AfterAll
  void printTally() {
    long client4xx = tally.stream().filter(s -> s.startsWith("4")).count();
    long server5xx = tally.stream().filter(s -> s.startsWith("5")).count();
    System.out.printf("engine attacks (%s): %d requests, %d answered 4xx, %d answered 5xx, %d other%n", getClass().getSimpleName(), tally.size(),
        client4xx, server5xx, tally.size() - client4xx - server5xx);
  }

  // ---- four-eyes and the recommendation come from the data bank ----

  @Test
  void theAssessorCannotDecideByClaimingSomeoneElseAssessed() throws Exception {
    String caseNumber = caseAwaitingDecisionAssessedBy("manager");
    // the assessor cannot even claim the decision (four-eyes on assignment); the task is open to the group
    String task = steps.task(caseNumber, DECIDE).getId();
    Snapshot before = snapshot(caseNumber);
    String forged = steps.decisionRequest(caseNumber, "granted", "art1-well-founded-fear",
        "Опасения преследования подтверждены материалами.", Map.of("assessedBy", "manager2"));
    for (String prefix : ENGINE_PREFIXES) {
      refused(call("manager", "POST", prefix + "/task/" + task + "/complete", forged), "assessedBy");
      refused(call("manager", "POST", prefix + "/task/" + task + "/submit-form", forged), "assessedBy");
      refused(call("manager", "POST", prefix + "/task/" + task + "/complete/", forged), null);
      refused(call("manager", "PUT", prefix + "/process-instance/" + steps.instance(caseNumber)
          + "/variables/assessedBy", "{\"value\": \"manager2\", \"type\": \"String\"}"), null);
      refused(call("manager", "PUT", prefix + "/task/" + task + "/localVariables/assessedBy",
          "{\"value\": \"manager2\", \"type\": \"String\"}"), null);
      refused(call("manager", "POST", prefix + "/process-instance/" + steps.instance(caseNumber) + "/variables",
          "{\"modifications\": {\"recommendation\": {\"value\": \"grant\"}}}"), null);
    }
    // with only the form's fields, the assessor on record is refused all the same
    refused(call("manager", "POST", "/engine-rest/task/" + task + "/complete", steps.decisionRequest(caseNumber,
        "granted", "art1-well-founded-fear", "Опасения преследования подтверждены материалами.", Map.of())),
        "четырёх глаз");
    assertThat(snapshot(caseNumber)).isEqualTo(before);
    assertThat(jdbc.queryForList("select a.assessed_by from assessment a join family_case c on c.id = a.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).containsExactly("manager");
  }

  @Test
  void theAssessorCannotDecideThroughTasklistsOwnApi() throws Exception {
    String caseNumber = caseAwaitingDecisionAssessedBy("manager");
    String task = steps.task(caseNumber, DECIDE).getId();
    Snapshot before = snapshot(caseNumber);
    TasklistSession tasklist = TasklistSession.login(port, "manager");
    var forged = tasklist.post(TasklistSession.API + "/task/" + task + "/submit-form", steps.decisionRequest(caseNumber,
        "granted", "art1-well-founded-fear", "Опасения преследования подтверждены материалами.",
        Map.of("assessedBy", "manager2")));
    tally.add(String.valueOf(forged.statusCode()));
    assertThat(forged.statusCode()).as(forged.body()).isBetween(400, 499);
    var variable = tasklist.put(TasklistSession.API + "/task/" + task + "/variables/assessedBy",
        "{\"value\": \"manager2\", \"type\": \"String\"}");
    tally.add(String.valueOf(variable.statusCode()));
    assertThat(variable.statusCode()).isEqualTo(403);
    assertThat(snapshot(caseNumber)).isEqualTo(before);
  }

  @Test
  void theDecisionKeepsTheRecommendationRecordedWhenTheRulesWereEvaluated() throws Exception {
    String caseNumber = caseAwaitingDecisionAssessedBy("caseworker");
    // the engine's variable is not the record: even written behind every API, it does not reach the decision
    runtime.setVariable(steps.instance(caseNumber), "recommendation", "refuse");
    steps.decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear", "Опасения преследования подтверждены.");
    assertThat(jdbc.queryForObject("select d.recommendation from decision d join family_case c on c.id = d.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).isEqualTo("grant");
    assertThat(jdbc.queryForObject("select d.recommendation_inputs from decision d join family_case c "
        + "on c.id = d.case_id where c.case_number = ?", String.class, caseNumber))
        .isEqualTo("{\"credibility\":\"credible\",\"wellFoundedFear\":true,\"exclusionIndicators\":false}");
  }

  // ---- the flow of a case moves only by its steps ----

  @Test
  void noStatusIsGrantedByStartingTheCertificateStep() throws Exception {
    String caseNumber = steps.file(CaseSteps.family());
    Snapshot before = snapshot(caseNumber);
    String modification = """
        {"instructions": [{"type": "startBeforeActivity", "activityId": "Task_IssueRefugeeCertificate"}]}""";
    for (String user : List.of("caseworker", "manager", "auditor", "operator", "admin")) {
      for (String prefix : ENGINE_PREFIXES) {
        refused(call(user, "POST", prefix + "/process-instance/" + steps.instance(caseNumber) + "/modification",
            modification), null);
      }
    }
    refused(call("manager", "POST", "/engine-rest/process-definition/key/petition/start", """
        {"startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_IssueRefugeeCertificate"}]}"""),
        null);
    assertThat(snapshot(caseNumber)).isEqualTo(before);
    assertThat(certificates(caseNumber, "REFUGEE")).isZero();
  }

  @Test
  void aStepCannotBeRedirectedToAnotherFamily() throws Exception {
    String caseA = steps.file(CaseSteps.family());
    String caseB = steps.file(CaseSteps.family());
    long caseBId = caseId(caseB);
    String task = claim(caseA, INTERVIEW, "caseworker");
    Snapshot a = snapshot(caseA);
    Snapshot b = snapshot(caseB);
    refused(call("caseworker", "POST", "/engine-rest/task/" + task + "/complete", """
        {"variables": {"interviewDate": {"value": "%s"}, "interviewLanguage": {"value": "ru"},
         "interviewSummary": {"value": "Заявитель сообщил о преследовании."}, "caseId": {"value": %d, "type": "Long"}}}"""
        .formatted(LocalDate.now(), caseBId)), "caseId");
    assertThat(snapshot(caseA)).isEqualTo(a);
    assertThat(snapshot(caseB)).isEqualTo(b);
    assertThat(jdbc.queryForObject("select count(*) from interview where case_id = ?", Long.class, caseBId)).isZero();
  }

  @Test
  void aCaseIdWrittenBehindEveryApiStillDoesNotRedirectTheStep() throws Exception {
    String caseA = steps.file(CaseSteps.family());
    String caseB = steps.file(CaseSteps.family());
    long caseAId = caseId(caseA);
    long caseBId = caseId(caseB);
    // as if a door were left open: the variable is changed by the engine's Java API without any check
    runtime.setVariable(steps.instance(caseA), "caseId", caseBId);
    steps.complete(caseA, INTERVIEW, "caseworker", Map.of("interviewDate", LocalDate.now().toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявитель сообщил о преследовании за убеждения."));
    // the step works on the case of its business key, from the data bank
    assertThat(jdbc.queryForObject("select count(*) from interview where case_id = ?", Long.class, caseAId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from interview where case_id = ?", Long.class, caseBId)).isZero();
  }

  @Test
  void caseRolesDoNotControlTimersJobsInstancesMessagesOrOtherPeoplesTasks() throws Exception {
    String caseNumber = steps.file(CaseSteps.family());
    String instance = steps.instance(caseNumber);
    String timer = management.createJobQuery().processInstanceId(instance).timers().singleResult().getId();
    String task = steps.task(caseNumber, INTERVIEW).getId();
    Snapshot before = snapshot(caseNumber);
    var dueBefore = management.createJobQuery().jobId(timer).singleResult().getDuedate();
    for (String user : List.of("caseworker", "manager", "auditor", "admin")) {
      for (String prefix : ENGINE_PREFIXES) {
        refused(call(user, "POST", prefix + "/job/" + timer + "/execute", null), null);
        refused(call(user, "PUT", prefix + "/job/" + timer + "/duedate", "{\"duedate\": \"2099-01-01T00:00:00.000+0000\"}"), null);
        refused(call(user, "PUT", prefix + "/job/" + timer + "/retries", "{\"retries\": 0}"), null);
        refused(call(user, "PUT", prefix + "/job/" + timer + "/suspended", "{\"suspended\": true}"), null);
        refused(call(user, "PUT", prefix + "/process-instance/" + instance + "/suspended", "{\"suspended\": true}"), null);
        refused(call(user, "PUT", prefix + "/process-instance/" + instance + "/variables/decisionOutcome",
            "{\"value\": \"granted\", \"type\": \"String\"}"), null);
        refused(call(user, "POST", prefix + "/message", "{\"messageName\": \"AppealLodged\", \"businessKey\": \""
            + caseNumber + "\"}"), null);
        refused(call(user, "POST", prefix + "/signal", "{\"name\": \"anything\"}"), null);
        refused(call(user, "POST", prefix + "/task/" + task + "/identity-links",
            "{\"groupId\": \"auditors\", \"type\": \"candidate\"}"), null);
        refused(call(user, "POST", prefix + "/task/" + task + "/assignee", "{\"userId\": \"caseworker2\"}"), null);
        refused(call(user, "POST", prefix + "/task/" + task + "/delegate", "{\"userId\": \"caseworker2\"}"), null);
        refused(call(user, "DELETE", prefix + "/process-instance/" + instance, null), null);
      }
    }
    refused(call("caseworker", "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\": \"caseworker2\"}"), null);
    assertThat(snapshot(caseNumber)).isEqualTo(before);
    assertThat(management.createJobQuery().jobId(timer).singleResult().getDuedate()).isEqualTo(dueBefore);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).suspended().count()).isZero();
  }

  @Test
  void operatorsRetryAFailedJobOrMoveATimerAndAuditorsSeeIt() throws Exception {
    String caseNumber = steps.file(CaseSteps.family());
    String timer = management.createJobQuery().processInstanceId(steps.instance(caseNumber)).timers().singleResult().getId();
    long repairs = logEntries("ENGINE_REPAIRED");
    var moved = call("operator", "PUT", "/engine-rest/job/" + timer + "/duedate",
        "{\"duedate\": \"" + LocalDate.now().plusMonths(4) + "T00:00:00.000+0000\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    refused(call("operator", "PUT", "/engine-rest/job/" + timer + "/retries", "{\"retries\": 0}"), "1");
    refused(call("operator", "POST", "/engine-rest/job/" + timer + "/execute", null), null);
    refused(call("operator", "PUT", "/engine-rest/process-instance/" + steps.instance(caseNumber)
        + "/variables/decisionOutcome", "{\"value\": \"granted\", \"type\": \"String\"}"), null);
    assertThat(logEntries("ENGINE_REPAIRED")).isEqualTo(repairs + 1);
  }

  // ---- administrators administer ----

  @Test
  void administratorsCannotDeployGrantThemselvesCaseRightsJoinCaseGroupsOrReadCases() throws Exception {
    long accessChanges = logEntries("ACCESS_CHANGED");
    for (String prefix : ENGINE_PREFIXES) {
      refused(call("admin", "POST", prefix + "/authorization/create", """
          {"type": 1, "permissions": ["ALL"], "userId": "admin", "groupId": null, "resourceType": 9, "resourceId": "*"}"""),
          null);
      refused(call("admin", "POST", prefix + "/authorization/create", """
          {"type": 1, "permissions": ["ALL"], "userId": "admin", "groupId": null, "resourceType": 6, "resourceId": "*"}"""),
          null);
      refused(call("admin", "PUT", prefix + "/group/managers/members/admin", null), null);
      refused(call("admin", "PUT", prefix + "/group/camunda-admin/members/caseworker", null), null);
      refused(call("admin", "PUT", prefix + "/user/manager/credentials",
          "{\"password\": \"Neues-Passwort-2026\", \"authenticatedUserPassword\": \"demo\"}"), null);
      refused(call("admin", "GET", prefix + "/history/task", null), null);
      refused(call("admin", "GET", prefix + "/task", null), null);
      refused(call("admin", "GET", prefix + "/process-instance", null), null);
      refused(multipart("admin", prefix + "/deployment/create"), null);
    }
    assertThat(identity.createUserQuery().userId("admin").memberOfGroup("managers").count()).isZero();
    assertThat(identity.checkPassword("manager", "demo")).isTrue();
    assertThat(logEntries("ACCESS_CHANGED")).isEqualTo(accessChanges);
    // what administrators are for works, and is appended to the tamper-evident log
    String user = "clerk" + System.nanoTime() % 100000;
    var created = call("admin", "POST", "/engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Марат", "lastName": "Стажёр", "email": "%s@example.org"},
         "credentials": {"password": "Initial-Passw0rd-2026"}}""".formatted(user, user));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    assertThat(call("admin", "PUT", "/engine-rest/group/caseworkers/members/" + user, null).statusCode()).isEqualTo(204);
    assertThat(logEntries("ACCESS_CHANGED")).isEqualTo(accessChanges + 2);
    refused(call("admin", "PUT", "/engine-rest/group/admins/members/" + user, null), "администратором");
  }

  @Test
  void filterExpressionsAreCheckedOnTheParsedQueryWhateverTheEncoding() throws Exception {
    String evil = "\\u0024\\u007bexecution.getProcessEngineServices().getIdentityService()\\u007d";
    refused(call("admin", "POST", "/engine-rest/filter/create", """
        {"resourceType": "Task", "name": "x", "query": {"assigneeExpression": "%s"}}""".formatted(evil)), null);
    String filter = json.readTree(call("manager", "GET", "/engine-rest/filter?resourceType=Task", null).body())
        .get(0).get("id").asText();
    // a filter's query is a stored query: the engine would evaluate an expression in its extension
    refused(call("manager", "POST", "/engine-rest/filter/" + filter + "/list",
        "{\"assigneeExpression\": \"" + evil + "\"}"), "допускаются только выражения");
    byte[] utf16 = "{\"assigneeExpression\": \"${execution}\"}".getBytes(StandardCharsets.UTF_16);
    var wide = client.send(request("manager", "POST", "/engine-rest/filter/" + filter + "/list")
        .header("Content-Type", "application/json; charset=UTF-16")
        .POST(HttpRequest.BodyPublishers.ofByteArray(utf16)).build(), HttpResponse.BodyHandlers.ofString());
    tally.add(String.valueOf(wide.statusCode()));
    assertThat(wide.statusCode()).as(wide.body()).isBetween(400, 499);
    // a filter stored with an expression (by an older version, or in the database) is refused when it runs
    var stored = filters.newTaskFilter("stored-" + System.nanoTime());
    stored.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${execution.getProcessEngineServices()}"));
    String storedId = filters.saveFilter(stored).getId();
    try {
      refused(call("manager", "POST", "/engine-rest/filter/" + storedId + "/list", "{}"), "допускаются только выражения");
    } finally {
      filters.deleteFilter(storedId);
    }
    assertThat(call("manager", "POST", "/engine-rest/filter/" + filter + "/list", "{}").statusCode()).isEqualTo(200);
  }

  // ---- no bulk reads of personal data, no ambiguous paths ----

  @Test
  void engineVariablesAndHistoryDetailsAreNotReadInBulk() throws Exception {
    for (String user : List.of("caseworker", "manager", "auditor", "operator", "admin")) {
      for (String prefix : ENGINE_PREFIXES) {
        for (String path : List.of("/history/variable-instance", "/history/detail", "/variable-instance",
            "/history/variable-instance/", "/history/detail?deserializeValues=true")) {
          refused(call(user, "GET", prefix + path, null), null);
        }
        refused(call(user, "POST", prefix + "/history/variable-instance", "{}"), null);
      }
    }
    refused(call("auditor", "GET", "/engine-rest/task;jsessionid=x", null), null);
    refused(call("auditor", "GET", "/engine-rest//task", null), null);
    refused(call("auditor", "GET", "/engine-rest/history/%76ariable-instance", null), null);
    // the webapps show no login page of their own any more: not even the list of engine names answers anonymously
    var engines = call(null, "GET", "/camunda/api/engine/engine/", null);
    assertThat(engines.statusCode()).isEqualTo(401);
    assertThat(engines.body()).doesNotContain("default");
    var anonymous = call(null, "GET", "/camunda/api/engine/engine/default/task", null);
    refused(anonymous, null);
    // they log in at the product's login page: a Basic challenge would open the browser's login dialog over it
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(engines.headers().firstValue("WWW-Authenticate")).isEmpty();
    refused(call(null, "GET", "/engine-rest/engine", null), null);
  }

  @Test
  void theIntakeNeverEntersEngineHistory() throws Exception {
    String caseNumber = steps.file(CaseSteps.family());
    String instance = steps.instance(caseNumber);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("members").count())
        .isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("address").count())
        .isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .noneMatch(d -> List.of("members", "address").contains(
            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()));
  }

  // ---- helpers ----

  private String caseAwaitingDecisionAssessedBy(String assessor) {
    String caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, INTERVIEW, "caseworker", Map.of("interviewDate", LocalDate.now().toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявитель сообщил о преследовании за убеждения."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, "Task_AssessPetition", assessor, Map.of(
        "assessmentFacts", "Показания последовательны.", "credibility", "credible", "wellFoundedFear", true,
        "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    return caseNumber;
  }

  private String claim(String caseNumber, String taskKey, String user) {
    Task task = steps.task(caseNumber, taskKey);
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      tasks.claim(task.getId(), user);
    } finally {
      identity.clearAuthentication();
    }
    return task.getId();
  }

  /** What an attack must not change: the case's status, decisions, certificates, open tasks and the decision log. */
  record Snapshot(String status, long decisions, long certificates, List<String> openTasks, long logEntries) {}

  private Snapshot snapshot(String caseNumber) {
    long id = caseId(caseNumber);
    return new Snapshot(jdbc.queryForObject("select status from family_case where id = ?", String.class, id),
        jdbc.queryForObject("select count(*) from decision where case_id = ?", Long.class, id),
        jdbc.queryForObject("select count(*) from certificate where case_id = ?", Long.class, id),
        tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
            .map(t -> t.getTaskDefinitionKey() + ":" + t.getAssignee()).sorted().toList(),
        jdbc.queryForObject("select count(*) from decision_log", Long.class));
  }

  private long caseId(String caseNumber) {
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }

  private long certificates(String caseNumber, String type) {
    return jdbc.queryForObject("select count(*) from certificate where case_id = ? and type = ?", Long.class,
        caseId(caseNumber), type);
  }

  private long logEntries(String kind) {
    return jdbc.queryForObject("select count(*) from decision_log where kind = ?", Long.class, kind);
  }

  private void refused(HttpResponse<String> response, String messagePart) {
    tally.add(String.valueOf(response.statusCode()));
    assertThat(response.statusCode()).as("%s %s", response.request().uri(), response.body()).isBetween(400, 499);
    if (messagePart != null) {
      assertThat(response.body()).contains(messagePart);
    }
  }

  private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    var builder = request(user, method, path);
    builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> multipart(String user, String path) throws Exception {
    String boundary = "attack";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
    return client.send(request(user, "POST", path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String user, String method, String path) {
    var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    }
    return builder;
  }
}
