package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A family's petition from the REST intake to a granted refugee certificate, on PostgreSQL. */
@ApplicationTest
@PostgresTest
class PetitionLifecyclePostgresTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void familyFiledThroughTheApiIsGrantedAndTheHeadHoldsTheRefugeeCertificate() throws Exception {
    String caseNumber = file(familyOfFour());

    complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "fa", "interviewInterpreter", "Хасан Р.",
        "interviewSummary", "Заявитель сообщил о преследовании за принадлежность к этнической группе."));
    runAgencyChecks(caseNumber);
    // each adult is assessed on their own, and the rules recommend on each assessment
    assertThat(steps().assessEach(caseNumber, "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"))).isEqualTo(2);
    // the head on their own grounds, the spouse by family unity on her consent, the children following the head
    List<Long> persons = steps().personsToDecide(caseNumber);
    assertThat(persons).hasSize(4);
    long head = persons.get(0);
    String decisions = """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear",
          "reasons": "Обоснованные опасения преследования по признаку национальности подтверждены."},
         {"personId": %d, "outcome": "family_unity", "followsPersonId": %d, "consentOn": "%s"},
         {"personId": %d, "outcome": "follows_parent", "followsPersonId": %d},
         {"personId": %d, "outcome": "follows_parent", "followsPersonId": %d}]""".formatted(head, persons.get(1), head,
        LocalDate.now(), persons.get(2), head, persons.get(3), head);
    complete(caseNumber, "Task_DecidePetition", "manager",
        Map.of("personDecisions", org.camunda.spin.plugin.variable.SpinValues.jsonValue(decisions).create()));

    // the petition is over; the two children of school age are referred to school, each in a process of their own
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyNotIn("school-referral").count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("school-referral").count()).isEqualTo(2);
    Map<String, Object> familyCase = jdbc.queryForMap("select * from family_case where case_number = ?", caseNumber);
    assertThat(familyCase.get("status")).isEqualTo("GRANTED");
    long caseId = ((Number) familyCase.get("id")).longValue();
    assertThat(jdbc.queryForObject("select count(*) from person where case_id = ? and recognised_on = current_date",
        Long.class, caseId)).isEqualTo(4);
    assertThat(jdbc.queryForList("select basis from person_decision pd join decision d on d.id = pd.decision_id "
        + "where d.case_id = ? order by pd.person_id", String.class, caseId))
        .containsExactly("OWN_GROUNDS", "FAMILY_UNITY", "FOLLOWS_PARENT", "FOLLOWS_PARENT");
    assertThat(jdbc.queryForObject("select count(*) from recommendation where case_id = ? and person_id is not null",
        Long.class, caseId)).isEqualTo(2);

    // each recognised adult holds a refugee certificate; the children are on the head's
    Map<String, Object> certificate = jdbc.queryForMap(
        "select c.*, p.role from certificate c join person p on p.id = c.holder_id where c.case_id = ? and c.type = 'REFUGEE' "
            + "and p.role = 'HEAD'", caseId);
    assertThat(certificate.get("status")).isEqualTo("VALID");
    assertThat(((java.sql.Date) certificate.get("valid_until")).toLocalDate())
        .isEqualTo(((java.sql.Date) certificate.get("issued_on")).toLocalDate().plusYears(1));
    assertThat(jdbc.queryForObject("select count(*) from certificate_member where certificate_id = ?", Long.class,
        certificate.get("id"))).isEqualTo(2);
    assertThat(jdbc.queryForList("select p.role from certificate c join person p on p.id = c.holder_id "
        + "where c.case_id = ? and c.type = 'REFUGEE' order by c.id", String.class, caseId))
        .containsExactly("HEAD", "SPOUSE");
    assertThat(jdbc.queryForList("select status from certificate where case_id = ? and type = 'ASYLUM_SEEKER'",
        String.class, caseId)).isNotEmpty().containsOnly("SUPERSEDED");

    Map<String, Object> decision = jdbc.queryForMap("select * from decision where case_id = ?", caseId);
    assertThat(decision).containsEntry("outcome", "GRANTED").containsEntry("decided_by", "manager")
        .containsEntry("recommendation", "grant").containsEntry("legal_ground", "art1-well-founded-fear");
    assertThat((String) decision.get("recommendation_inputs")).contains("\"wellFoundedFear\":true");
    assertThat((String) decision.get("rules_version")).startsWith("petition-recommendation:");
    assertThat(jdbc.queryForObject("select count(*) from agency_check where case_id = ?", Long.class, caseId)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select recorded_by from interview where case_id = ?", String.class, caseId))
        .isEqualTo("caseworker");

    ResponseEntity<byte[]> notice = http.withBasicAuth("caseworker", "demo")
        .getForEntity("/api/cases/{n}/decision-notice", byte[].class, caseNumber);
    assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(notice.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(new String(notice.getBody(), 0, 5)).isEqualTo("%PDF-");
    // signed with the official's name as the engine's users hold it; the login stays in the records
    try (var pdf = new com.lowagie.text.pdf.PdfReader(notice.getBody())) {
      assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1))
          .contains("Решение принял: Ахметова Сауле").doesNotContain("(manager)")
          // the notice names every person it covers, with their outcome
          .contains("Мохаммад", "Фатима", "Али", "Марьям", "по принципу единства семьи", "следует статусу родителя");
    }
  }

  @Test
  void aManagerWhoPreparedTheAssessmentCannotCompleteTheDecisionThroughEngineRest() {
    String caseNumber = file(familyOfFour());
    complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель подробно описал угрозы со стороны вооружённой группы."));
    runAgencyChecks(caseNumber);
    steps().assessEach(caseNumber, "manager", Map.of(
        "assessmentFacts", "Факты установлены.", "credibility", "partly_credible", "wellFoundedFear", true,
        "exclusionIndicators", false, "assessmentRecommendation", "refer"));
    Task decide = task(caseNumber, "Task_DecidePetition");

    String body = steps().decisionRequest(caseNumber, "granted", "art1-well-founded-fear",
        "Опасения преследования подтверждены материалами дела.", Map.of());
    java.net.http.HttpResponse<String> response = engineRest("manager", "/task/" + decide.getId() + "/complete", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("четырёх глаз");
    assertThat(task(caseNumber, "Task_DecidePetition")).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from decision d join family_case c on c.id = d.case_id "
        + "where c.case_number = ?", Long.class, caseNumber)).isZero();

    // a caseworker may not decide at all; another manager may
    assertThat(engineRest("caseworker", "/task/" + decide.getId() + "/complete", body).statusCode()).isIn(403, 404);
    assertThat(engineRest("manager2", "/task/" + decide.getId() + "/complete", body).statusCode()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select decided_by from decision d join family_case c on c.id = d.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).isEqualTo("manager2");
  }

  /** A plain HTTP client, as an outside caller of the engine REST API would use. */
  private java.net.http.HttpResponse<String> engineRest(String user, String path, String json) {
    try {
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.getRootUri() + "/engine-rest" + path))
          .header("Content-Type", "application/json")
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
      return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private CaseSteps steps() {
    return new CaseSteps(http, runtime, tasks, management, identity);
  }

  private String file(Map<String, Object> petition) {
    return steps().file(petition);
  }

  private static Map<String, Object> familyOfFour() {
    String surname = CaseSteps.uniqueSurname("Хайдари");
    var random = java.util.concurrent.ThreadLocalRandom.current();
    int year = 1960 + random.nextInt(30);
    LocalDate arrival = LocalDate.now().minusDays(3);
    return Map.of("arrivalDate", arrival.toString(), "filingDate", LocalDate.now().toString(), "language", "fa",
        "interpreter", "Хасан Р.", "address", "Центр временного размещения, Алматы",
        "members", List.of(
            member("head", surname, "Мохаммад", year + "-01-15", "male", "P" + random.nextInt(1_000_000_000)),
            member("spouse", surname, "Фатима", (year + 2) + "-06-02", "female", "S" + random.nextInt(1_000_000_000)),
            member("child", surname, "Али", "2012-09-10", "male", null),
            member("child", surname, "Марьям", "2016-02-20", "female", null)));
  }

  private static Map<String, Object> member(String role, String surname, String given, String born, String sex,
      String passport) {
    var m = new java.util.HashMap<String, Object>(Map.of("role", role, "surname", surname, "givenName", given,
        "dateOfBirth", born, "sex", sex, "citizenship", "AF", "ethnicity", "хазарейцы", "languages", "дари, русский"));
    if (passport != null) {
      m.put("documentType", "passport");
      m.put("documentNumber", passport);
    }
    return m;
  }

  private void runAgencyChecks(String caseNumber) {
    steps().runAgencyChecks(caseNumber);
  }

  private Task task(String caseNumber, String key) {
    return steps().task(caseNumber, key);
  }

  private Object variable(String caseNumber, String name) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("petition").singleResult().getId();
    return runtime.getVariable(instance, name);
  }

  private void complete(String caseNumber, String key, String user, Map<String, Object> form) {
    steps().complete(caseNumber, key, user, form);
  }
}
