package kz.migration.refugee.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** Auditors see who did each step of a case, what the rules recommended, and every decision, filtered and exported. */
@ApplicationTest
@PostgresTest
class DecisionHistoryPostgresTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();
  private String caseNumber;

  @BeforeEach
  void aGrantedCase() {
    CaseSteps steps = new CaseSteps(http, runtime, tasks, management, identity);
    caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate", LocalDate.now().toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявитель описал угрозы и обстоятельства выезда."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, "Task_AssessPetition", "caseworker2", Map.of("assessmentFacts", "Факты подтверждены.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    steps.decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear",
        "Обоснованные опасения преследования подтверждены.");
  }

  @Test
  void theCaseTimelineNamesWhoDidEachStepAndWhatTheRulesRecommended() throws Exception {
    JsonNode timeline = get("auditor", "/api/audit/cases/" + caseNumber, "application/json");
    JsonNode steps = timeline.get("steps");
    assertThat(step(steps, "Task_InterviewApplicant").get("user").asText()).isEqualTo("caseworker");
    assertThat(step(steps, "Task_InterviewApplicant").get("data").has("interviewDate")).isTrue();
    assertThat(step(steps, "Task_AssessPetition").get("user").asText()).isEqualTo("caseworker2");
    assertThat(step(steps, "Task_DecidePetition").get("user").asText()).isEqualTo("manager");
    JsonNode dmn = StreamSupport.stream(steps.spliterator(), false)
        .filter(s -> "dmnEvaluation".equals(s.get("kind").asText()))
        // the recommendation's evaluation (the task-priority table is evaluated as tasks are created, too)
        .filter(s -> s.get("data").has("output.recommendation")).findFirst().orElseThrow();
    assertThat(dmn.get("data").get("output.recommendation").asText()).isEqualTo("grant");
    assertThat(dmn.get("data").get("rule").asText()).isEqualTo("Rule_WellFoundedFearGrant");
    assertThat(dmn.get("data").get("input.Обоснованные опасения преследования").asBoolean()).isTrue();
    JsonNode decision = timeline.get("decisions").get(0);
    assertThat(decision.get("legalGround").asText()).isEqualTo("art1-well-founded-fear");
    assertThat(decision.get("deadlineMissed").asBoolean()).isFalse();
  }

  @Test
  void decisionsAreSearchedByPeriodDeciderOutcomeAndGroundAndExportedAsCsv() throws Exception {
    String today = LocalDate.now().toString();
    String query = "/api/audit/decisions?from=" + today + "&to=" + today + "&decidedBy=manager&outcome=granted"
        + "&legalGround=art1-well-founded-fear&deadlineMissed=false";
    assertThat(caseNumbers(get("manager", query, "application/json"))).contains(caseNumber);
    assertThat(caseNumbers(get("auditor", query.replace("outcome=granted", "outcome=refused"), "application/json")))
        .doesNotContain(caseNumber);
    assertThat(caseNumbers(get("auditor", query.replace("decidedBy=manager", "decidedBy=manager2"), "application/json")))
        .doesNotContain(caseNumber);
    String yesterday = LocalDate.now().minusDays(1).toString();
    assertThat(caseNumbers(get("auditor", "/api/audit/decisions?to=" + yesterday, "application/json")))
        .doesNotContain(caseNumber);

    var csv = exchange("auditor", query, "text/csv");
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("case_number,outcome,legal_ground,decided_by,decided_at")
        .contains(caseNumber + ",GRANTED,art1-well-founded-fear,manager,");
  }

  @Test
  void auditorsHaveAReadOnlyPageInRussian() {
    var page = exchange("auditor", "/api/audit/decisions.html", "text/html");
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("Журнал решений по ходатайствам").doesNotContain("method=\"post\"");
    assertThat(http.getForEntity("/api/audit/decisions.html", String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void caseworkersAndAnonymousCallersHaveNoAuditView() {
    assertThat(exchange("caseworker", "/api/audit/decisions", "application/json").getStatusCode().value()).isEqualTo(403);
    assertThat(http.getForEntity("/api/audit/cases/" + caseNumber, String.class).getStatusCode().value()).isEqualTo(401);
  }

  private static java.util.List<String> caseNumbers(JsonNode decisions) {
    return StreamSupport.stream(decisions.spliterator(), false).map(d -> d.get("caseNumber").asText()).toList();
  }

  private static JsonNode step(JsonNode steps, String activityId) {
    return StreamSupport.stream(steps.spliterator(), false)
        .filter(s -> activityId.equals(s.get("activityId").asText())).findFirst().orElseThrow();
  }

  private JsonNode get(String user, String path, String accept) throws Exception {
    var response = exchange(user, path, accept);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }

  private org.springframework.http.ResponseEntity<String> exchange(String user, String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT, accept);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
