package kz.migration.refugee.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseStatus;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A person already in the bank is never silently taken in twice; the caseworker decides. */
@ApplicationTest
class DuplicatePetitionTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired CaseSearch caseSearch;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aTransliteratedNameWithTheSameBirthDateAndCitizenshipGoesToDuplicateReview() {
    Map<?, ?> first = file("Ахмади", "Мохаммад", "1979-03-21", "K1000001", "Фарид");
    assertThat(first.get("duplicateReview")).isEqualTo(false);

    Map<?, ?> second = file("Ahmadi", "Muhammad", "1979-03-21", null, null);
    assertThat(second.get("duplicateReview")).isEqualTo(true);
    assertThat(second.get("caseNumber")).isNull();
    Task review = reviewTask((String) second.get("processInstanceId"));
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ResolveDuplicate");
    assertThat(shownMatches(review.getId()))
        .contains((String) first.get("caseNumber")).contains("Ахмади Мохаммад");

    tasks.complete(review.getId(), Map.of("duplicateResolution", "proceed",
        "duplicateReason", "Другой человек: иные родители и место рождения, подтверждено на собеседовании"));
    String caseNumber = (String) runtime.getVariable(review.getProcessInstanceId(), "caseNumber");
    assertThat(caseSearch.summary(new CaseNumber(caseNumber)).status()).isEqualTo(CaseStatus.REGISTERED);
  }

  @Test
  void theSameIdentityDocumentMergesIntoTheExistingCaseWithTheNewMembers() {
    Map<?, ?> first = file("Юсуфи", "Карим", "1982-07-07", "P7700770", null);
    String existing = (String) first.get("caseNumber");

    Map<?, ?> again = file("Yusufi", "Karim", "1982-07-08", "P 7700770", "Лейла");
    Task review = reviewTask((String) again.get("processInstanceId"));
    tasks.complete(review.getId(), Map.of("duplicateResolution", "merge", "mergeCaseNumber", existing,
        "duplicateReason", "Тот же заявитель; супруга прибыла позже и присоединяется к делу"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId()).count()).isZero();
    var view = caseSearch.view(new CaseNumber(existing));
    assertThat(view.members()).extracting(m -> m.givenName()).containsExactly("Карим", "Лейла");
  }

  @Test
  @SuppressWarnings("rawtypes")
  void anIdempotencyKeyGivesTheFirstAnswerAgainAndRefusesAnotherPetitionUnderIt() {
    Map<String, Object> petition = CaseSteps.family();
    String key = UUID.randomUUID().toString();

    ResponseEntity<Map> first = post("caseworker", key, petition);
    ResponseEntity<Map> again = post("caseworker", key, petition);

    assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
    assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(201);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(casesWithDocument(passportOf(petition))).as("filed once").isEqualTo(1);

    ResponseEntity<Map> otherPetition = post("caseworker", key, CaseSteps.family());
    assertThat(otherPetition.getStatusCode().value()).as("%s", otherPetition.getBody()).isEqualTo(422);
    assertThat((String) otherPetition.getBody().get("detail")).contains("Idempotency-Key");

    // a key is the sender's own: another caseworker's request under the same key is a filing of its own
    ResponseEntity<Map> otherUser = post("caseworker2", key, petition);
    assertThat(otherUser.getStatusCode().value()).isEqualTo(201);
    assertThat(otherUser.getBody().get("duplicateReview")).isEqualTo(true);
  }

  @Test
  void aReviewedDuplicateWhoseDocumentIsInAnOpenCaseCannotBeRegisteredOnlyMerged() {
    String surname = CaseSteps.uniqueSurname("Рахими");
    String passport = "R" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    String existing = (String) file(surname, "Джавад", "1984-04-04", passport, null).get("caseNumber");
    Task review = reviewTask((String) file(surname, "Джавад", "1984-04-04", passport, null).get("processInstanceId"));

    assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("duplicateResolution", "proceed",
        "duplicateReason", "Заявитель настаивает на отдельном деле")))
        .satisfies(DuplicatePetitionTest::rejectedByTheForm)
        .hasMessageContaining(existing).hasMessageNotContaining(passport);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the form stays open").isEqualTo(1);

    tasks.complete(review.getId(), Map.of("duplicateResolution", "merge", "mergeCaseNumber", existing,
        "duplicateReason", "Тот же заявитель, повторное обращение"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId()).count()).isZero();
  }

  /**
   * One identity filed sixty times: every filing is taken in (the matches live in the data bank, not in a process
   * variable of at most 4 000 characters), the process holds only whether there are any, and the review form lists
   * every earlier filing.
   */
  @Test
  void oneIdentityFiledSixtyTimesIsTakenInEveryTimeAndItsReviewListsEveryMatch() throws Exception {
    String surname = CaseSteps.uniqueSurname("Сафари");
    String passport = "S" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    String existing = (String) file(surname, "Хамид", "1979-09-09", passport, null).get("caseNumber");
    Map<?, ?> last = null;
    for (int filing = 2; filing <= 60; filing++) {
      last = file(surname, "Хамид", "1979-09-09", passport, null);
      assertThat(last.get("duplicateReview")).as("filing %d", filing).isEqualTo(true);
    }

    String processInstance = (String) last.get("processInstanceId");
    assertThat(runtime.getVariables(processInstance)).containsEntry("duplicateFound", true)
        .doesNotContainKey("duplicateMatches");
    Task review = reviewTask(processInstance);
    JsonNode matches = json.readTree(shownMatches(review.getId()));
    assertThat(matches).hasSize(59);
    assertThat(matches.toString()).contains(existing).doesNotContain(passport);
    JsonNode form = json.readTree(Files.readString(Path.of("forms/ResolveDuplicate.form")));
    assertThat(form.findValuesAsText("dataSource")).as("the form's table shows them").containsExactly("=duplicateMatches");

    tasks.complete(review.getId(), Map.of("duplicateResolution", "merge", "mergeCaseNumber", existing,
        "duplicateReason", "Тот же заявитель, повторные обращения"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstance).count()).isZero();
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> post(String user, String key, Map<String, Object> petition) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Idempotency-Key", key);
    return http.withBasicAuth(user, "demo").exchange("/api/petitions", HttpMethod.POST, new HttpEntity<>(petition, headers),
        Map.class);
  }

  private long casesWithDocument(String passport) {
    return jdbc.queryForObject("select count(distinct case_id) from person where document_number = ?", Long.class, passport);
  }

  @SuppressWarnings("unchecked")
  private static String passportOf(Map<String, Object> petition) {
    return (String) ((List<Map<String, Object>>) petition.get("members")).get(0).get("documentNumber");
  }

  /** A form error: the engine wraps the listener's rejection, which Tasklist shows on the form. */
  private static void rejectedByTheForm(Throwable e) {
    Throwable t = e;
    while (t != null && !(t instanceof BadUserRequestException)) {
      t = t.getCause();
    }
    assertThat(t).as("rejected as bad user input: %s", e).isInstanceOf(BadUserRequestException.class);
  }

  private Task reviewTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private Map<?, ?> file(String surname, String given, String born, String passport, String spouse) {
    String arrival = LocalDate.now().minusDays(2).toString();
    var head = new java.util.HashMap<String, Object>(Map.of("role", "head", "surname", surname, "givenName", given,
        "dateOfBirth", born, "sex", "male", "citizenship", "AF"));
    if (passport != null) {
      head.put("documentType", "passport");
      head.put("documentNumber", passport);
    }
    var members = new java.util.ArrayList<Object>(List.of(head));
    if (spouse != null) {
      members.add(Map.of("role", "spouse", "surname", surname, "givenName", spouse, "dateOfBirth", "1990-10-10",
          "sex", "female", "citizenship", "AF"));
    }
    var response = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions",
        Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa", "address", "Алматы", "members", members),
        Map.class);
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
    return response.getBody();
  }

  /** The matches as the form's table gets them when the form is opened. */
  private String shownMatches(String taskId) {
    return forms.getTaskFormVariables(taskId).<SerializableValue>getValueTyped("duplicateMatches").getValueSerialized();
  }
}
