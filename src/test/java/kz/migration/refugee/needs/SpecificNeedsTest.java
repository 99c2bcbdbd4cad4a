package kz.migration.refugee.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.ProcedureProperties;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Specific needs recorded at intake and changed later, and the order of work they lead to. */
@ApplicationTest
class SpecificNeedsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired FilterService filters;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseSearch caseSearch;
  @Autowired SpecificNeeds needs;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ProcedureProperties procedure;

  private CaseSteps steps() {
    return new CaseSteps(http, runtime, tasks, management, identity);
  }

  /** A child on their own, filed as the family's head, with the given needs. */
  private static Map<String, Object> childAlone(List<String> specificNeeds) {
    Map<String, Object> family = new HashMap<>(CaseSteps.family());
    @SuppressWarnings("unchecked")
    Map<String, Object> head = new HashMap<>(((List<Map<String, Object>>) family.get("members")).get(0));
    head.put("givenName", "Мурод");
    head.put("dateOfBirth", LocalDate.now().minusYears(14).toString());
    head.put("specificNeeds", specificNeeds);
    family.put("members", List.of(head));
    return family;
  }

  @Test
  void needsRecordedAtIntakeAreChangedLaterWithWhoAndWhenKept() throws Exception {
    String caseNumber = steps().fileOnly(childAlone(List.of("unaccompanied_child", "child_at_risk")));
    JsonNode person = get("manager", "/api/cases/" + caseNumber + "/specific-needs").get(0);
    long personId = person.get("personId").asLong();
    assertThat(codes(person.get("needs"))).containsExactly("unaccompanied_child", "child_at_risk");
    assertThat(person.get("history")).hasSize(1);
    assertThat(person.get("history").get(0).get("changedBy").asText()).isEqualTo("caseworker");
    assertThat(person.get("history").get(0).get("changedAt").asText()).startsWith(LocalDate.now().toString().substring(0, 4));

    ResponseEntity<String> changed = http.withBasicAuth("manager", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/persons/" + personId + "/specific-needs",
        Map.of("specificNeeds", List.of("disability", "unaccompanied_child")), String.class);
    assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode after = JSON.readTree(changed.getBody());
    assertThat(codes(after.get("needs"))).containsExactly("unaccompanied_child", "disability");
    assertThat(after.get("history")).hasSize(2);
    assertThat(codes(after.get("history").get(0).get("needs"))).containsExactly("unaccompanied_child", "child_at_risk");
    assertThat(after.get("history").get(1).get("changedBy").asText()).isEqualTo("manager");

    // the case page shows them, with their history
    String page = http.withBasicAuth("caseworker", "demo").getForObject("/cases/" + caseNumber, String.class);
    assertThat(page).contains("Особые потребности", "Несопровождаемый ребёнок, Инвалидность",
        "Несопровождаемый ребёнок, Ребёнок в группе риска");
  }

  @Test
  void needsFoundAtALaterStepRaiseTheCasesOpenTasks() {
    String caseNumber = steps().fileOnly(CaseSteps.family());
    Task waiting = steps().task(caseNumber, "Task_ScheduleInterview");
    assertThat(waiting.getPriority()).isEqualTo(50);
    long personId = steps().memberId(caseNumber, "Фарид");
    var changed = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/persons/" + personId + "/specific-needs",
        Map.of("specificNeeds", List.of("serious_medical_condition")), String.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.createTaskQuery().taskId(waiting.getId()).singleResult().getPriority()).isEqualTo(65);
  }

  @Test
  void theTableIsAskedAgainOnlyWhenTheFamilysNeedsChange() {
    String caseNumber = steps().fileOnly(CaseSteps.family());
    long afterFiling = priorityEvaluations();
    steps().schedule(caseNumber);
    assertThat(steps().task(caseNumber, "Task_InterviewApplicant").getPriority()).isEqualTo(50);
    assertThat(priorityEvaluations()).as("the same needs, the same table: the case's answer is given again")
        .isEqualTo(afterFiling);

    change(caseNumber, steps().memberId(caseNumber, "Фарид"), List.of("serious_medical_condition"));
    assertThat(priorityEvaluations()).as("changed needs are evaluated, and the evaluation kept in the history")
        .isEqualTo(afterFiling + 1);
    assertThat(steps().task(caseNumber, "Task_InterviewApplicant").getPriority()).isEqualTo(65);
  }

  @Test
  void needsChangedWithinATransactionAreReadAgainInIt() {
    String caseNumber = steps().fileOnly(CaseSteps.family());
    long caseId = caseSearch.summary(new CaseNumber(caseNumber)).caseId();
    long personId = steps().memberId(caseNumber, "Фарид");

    var before = new AtomicReference<Set<SpecificNeed>>();
    var after = new TransactionTemplate(transactions).execute(status -> {
      before.set(needs.ofFamily(caseId));
      needs.change(new CaseNumber(caseNumber), personId, List.of("serious_medical_condition"), "caseworker");
      return needs.ofFamily(caseId);
    });

    assertThat(before.get()).doesNotContain(SpecificNeed.SERIOUS_MEDICAL_CONDITION);
    assertThat(after).contains(SpecificNeed.SERIOUS_MEDICAL_CONDITION);
  }

  private long priorityEvaluations() {
    return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(WorkOrder.DECISION_KEY).count();
  }

  @Test
  void needsOfAMemberWhoseIntakeIsMergedFollowThemIntoTheExistingCase() throws Exception {
    String surname = CaseSteps.uniqueSurname("Юсуфи");
    String passport = "N" + System.nanoTime() % 1_000_000_000;
    Map<String, Object> head = Map.of("role", "head", "surname", surname, "givenName", "Карим",
        "dateOfBirth", "1982-07-07", "sex", "male", "citizenship", "AF", "documentType", "passport",
        "documentNumber", passport);
    String arrival = LocalDate.now().minusDays(2).toString();
    String existing = steps().fileOnly(Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa",
        "address", "Алматы", "members", List.of(head)));
    Map<String, Object> spouse = Map.of("role", "spouse", "surname", surname, "givenName", "Лейла",
        "dateOfBirth", "1990-10-10", "sex", "female", "citizenship", "AF", "specificNeeds", List.of("woman_at_risk"));
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> again = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions",
        Map.of("arrivalDate", arrival, "filingDate", arrival, "language", "fa", "address", "Алматы",
            "members", List.of(head, spouse)), Map.class);
    assertThat(again.getBody().get("duplicateReview")).isEqualTo(true);
    Task review = tasks.createTaskQuery().processInstanceId((String) again.getBody().get("processInstanceId"))
        .singleResult();
    tasks.complete(review.getId(), Map.of("duplicateResolution", "merge", "mergeCaseNumber", existing,
        "duplicateReason", "Тот же заявитель; супруга прибыла позже и присоединяется к делу"));

    long leila = steps().memberId(existing, "Лейла");
    JsonNode merged = get("manager", "/api/cases/" + existing + "/specific-needs");
    JsonNode her = merged.findParents("personId").stream().filter(p -> p.get("personId").asLong() == leila)
        .findFirst().orElseThrow();
    assertThat(codes(her.get("needs"))).containsExactly("woman_at_risk");
    assertThat(her.get("history")).singleElement().satisfies(h -> assertThat(h.get("changedBy").asText())
        .isEqualTo("caseworker"));
  }

  @Test
  void badNeedsAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
    String caseNumber = steps().fileOnly(childAlone(List.of("separated_child")));
    long personId = get("manager", "/api/cases/" + caseNumber + "/specific-needs").get(0).get("personId").asLong();
    Integer changes = jdbc.queryForObject("select count(*) from specific_need_change", Integer.class);

    ResponseEntity<String> unknown = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/persons/" + personId + "/specific-needs",
        Map.of("specificNeeds", List.of("disability", "tall")), String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(unknown.getBody()).get("errors").get("specificNeeds").asText()).contains("«tall» (№ 2)");
    ResponseEntity<String> missing = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/persons/" + personId + "/specific-needs", Map.of(), String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(missing.getBody()).get("errors").has("specificNeeds")).isTrue();

    Integer persons = jdbc.queryForObject("select count(*) from person", Integer.class);
    ResponseEntity<String> intake = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions",
        childAlone(List.of("separated_child", "separated_child")), String.class);
    assertThat(intake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(intake.getBody()).get("errors").get("members[0].specificNeeds").asText())
        .contains("«separated_child» указана дважды");

    assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(persons);
    assertThat(jdbc.queryForObject("select count(*) from specific_need_change", Integer.class)).isEqualTo(changes);
    assertThat(codes(get("manager", "/api/cases/" + caseNumber + "/specific-needs").get(0).get("needs")))
        .containsExactly("separated_child");
  }

  @Test
  void anUnaccompaniedChildsTasksComeFirstAndTheDecisionIsDueSooner() throws Exception {
    long evaluations = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(WorkOrder.DECISION_KEY).count();
    String child = steps().fileOnly(childAlone(List.of("unaccompanied_child")));
    String ordinary = steps().fileOnly(CaseSteps.family());

    Task childTask = steps().task(child, "Task_ScheduleInterview");
    Task ordinaryTask = steps().task(ordinary, "Task_ScheduleInterview");
    assertThat(childTask.getPriority()).isEqualTo(80);
    assertThat(ordinaryTask.getPriority()).isEqualTo(50);
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(WorkOrder.DECISION_KEY).count())
        .as("each evaluation kept in the decision history").isGreaterThan(evaluations);

    JsonNode childPetition = get("caseworker", "/api/petitions/" + child);
    JsonNode ordinaryPetition = get("caseworker", "/api/petitions/" + ordinary);
    LocalDate registered = caseSearch.summary(new CaseNumber(child)).registeredOn();
    assertThat(LocalDate.parse(childPetition.get("decisionDueOn").asText()))
        .isEqualTo(registered.plus(procedure.acceleratedDecisionPeriod())).isEqualTo(registered.plus(Period.ofMonths(1)));
    assertThat(LocalDate.parse(ordinaryPetition.get("decisionDueOn").asText()))
        .isEqualTo(caseSearch.summary(new CaseNumber(ordinary)).registeredOn().plus(procedure.decisionPeriod()));

    // «Приоритетные»: above normal only, highest first
    List<Task> listed = as("caseworker", () -> {
      Filter filter = filters.createFilterQuery().filterName("Приоритетные").singleResult();
      return filters.<Task>list(filter.getId());
    });
    assertThat(listed).extracting(Task::getId).contains(childTask.getId()).doesNotContain(ordinaryTask.getId());
    assertThat(listed).allMatch(t -> t.getPriority() > 50);
    assertThat(listed).extracting(Task::getPriority).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    int position = listed.stream().map(Task::getId).toList().indexOf(childTask.getId());
    assertThat(listed.subList(0, position)).allMatch(t -> t.getPriority() >= 80);
  }

  @Test
  void aNeedFoundAfterRegistrationBringsTheRunningDecisionDeadlineForward() throws Exception {
    String caseNumber = steps().fileOnly(childAlone(List.of()));
    long personId = get("manager", "/api/cases/" + caseNumber + "/specific-needs").get(0).get("personId").asLong();
    LocalDate registered = caseSearch.summary(new CaseNumber(caseNumber)).registeredOn();
    assertThat(LocalDate.parse(get("caseworker", "/api/petitions/" + caseNumber).get("decisionDueOn").asText()))
        .isEqualTo(registered.plus(procedure.decisionPeriod()));

    // a need that calls for no acceleration moves nothing
    change(caseNumber, personId, List.of("disability"));
    assertThat(LocalDate.parse(get("caseworker", "/api/petitions/" + caseNumber).get("decisionDueOn").asText()))
        .isEqualTo(registered.plus(procedure.decisionPeriod()));

    change(caseNumber, personId, List.of("unaccompanied_child"));
    LocalDate accelerated = LocalDate.now().plus(procedure.acceleratedDecisionPeriod());
    assertThat(LocalDate.parse(get("caseworker", "/api/petitions/" + caseNumber).get("decisionDueOn").asText()))
        .isEqualTo(accelerated);
    String instance = steps().task(caseNumber, "Task_ScheduleInterview").getProcessInstanceId();
    var timer = management.createJobQuery().processInstanceId(instance).timers()
        .activityId("StartEvent_DecisionOverdue").singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Deadlines.overdueAt(accelerated));
    assertThat(steps().task(caseNumber, "Task_ScheduleInterview").getDueDate())
        .isBeforeOrEqualTo(Deadlines.dueBy(accelerated));

    // forward only: the need gone, the deadline stays
    change(caseNumber, personId, List.of());
    assertThat(LocalDate.parse(get("caseworker", "/api/petitions/" + caseNumber).get("decisionDueOn").asText()))
        .isEqualTo(accelerated);
  }

  private void change(String caseNumber, long personId, List<String> needs) {
    ResponseEntity<String> changed = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/persons/" + personId + "/specific-needs", Map.of("specificNeeds", needs),
        String.class);
    assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnaccompaniedChildIsDecidedOnlyAfterABestInterestsNote() throws Exception {
    String caseNumber = steps().fileOnly(childAlone(List.of("unaccompanied_child")));
    long caseId = caseSearch.summary(new CaseNumber(caseNumber)).caseId();
    assertThatThrownBy(() -> needs.requireBestInterestsNote(caseId)).isInstanceOf(FieldErrors.class)
        .hasMessageContaining("bestInterestsNote").hasMessageContaining("Несопровождаемый ребёнок");

    ResponseEntity<String> tooShort = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/best-interests-note", Map.of("note", "коротко"), String.class);
    assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooShort.getBody()).contains("note");
    assertThatThrownBy(() -> needs.requireBestInterestsNote(caseId)).isInstanceOf(FieldErrors.class);

    ResponseEntity<String> note = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/best-interests-note",
        Map.of("note", "Ребёнок размещён у дяди; опека оформляется, возвращение в страну происхождения не отвечает "
            + "его интересам."), String.class);
    assertThat(note.getStatusCode()).as(note.getBody()).isEqualTo(HttpStatus.CREATED);
    needs.requireBestInterestsNote(caseId);
    assertThat(needs.bestInterestsNotes(caseId)).singleElement()
        .satisfies(n -> assertThat(n.recordedBy()).isEqualTo("caseworker"));

    // a family without the need is decided without a note
    long other = caseSearch.summary(new CaseNumber(steps().fileOnly(CaseSteps.family()))).caseId();
    needs.requireBestInterestsNote(other);
  }

  @Test
  void theDecisionOfAnUnaccompaniedChildWaitsForTheBestInterestsNote() {
    CaseSteps steps = steps();
    String caseNumber = steps.file(childAlone(List.of("unaccompanied_child")));
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Ребёнок сообщил о преследовании семьи за принадлежность к этнической группе."));
    steps.runAgencyChecks(caseNumber);
    steps.assessEach(caseNumber, "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"));
    Task decision = steps.task(caseNumber, "Task_DecidePetition");
    assertThat(decision.getPriority()).isEqualTo(80);
    long child = steps.personsToDecide(caseNumber).get(0);
    String rows = """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear",
          "reasons": "Обоснованные опасения преследования подтверждены.",
          "guardian": "Ахметова Гульнара, распоряжение органа опеки № 114"}]""".formatted(child);
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_DecidePetition", "manager",
        Map.of("personDecisions", SpinValues.jsonValue(rows).create())))
        .hasMessageContaining("Несопровождаемый ребёнок").hasMessageContaining("наилучших интересах")
        // named as the decision form names it, never by the field's code
        .hasMessageContaining("«Заключение о наилучших интересах ребёнка»").hasMessageNotContaining("bestInterestsNote");

    needs.recordBestInterests(new CaseNumber(caseNumber),
        "Ребёнок проживает у дяди; опека оформляется, возвращение не отвечает его интересам.", "caseworker");
    steps.complete(caseNumber, "Task_DecidePetition", "manager",
        Map.of("personDecisions", SpinValues.jsonValue(rows).create()));
    assertThat(jdbc.queryForObject("select guardian from person_decision where person_id = ?", String.class, child))
        .isEqualTo("Ахметова Гульнара, распоряжение органа опеки № 114");
  }

  @Test
  void theCasePageFormChangesTheNeedsWithTheSessionsCsrfToken() throws Exception {
    String caseNumber = steps().fileOnly(childAlone(List.of("woman_at_risk")));
    long personId = get("manager", "/api/cases/" + caseNumber + "/specific-needs").get(0).get("personId").asLong();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var login = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
    browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=caseworker&password=demo&_csrf=" + csrf(login.body())))
        .build(), HttpResponse.BodyHandlers.discarding());
    var page = browser.send(request("/cases/" + caseNumber).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/cases/" + caseNumber + "/persons/" + personId + "/specific-needs");
    String form = "/cases/" + caseNumber + "/persons/" + personId + "/specific-needs";

    var forged = browser.send(request(form).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("specificNeeds=disability")).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(forged.statusCode()).as("without the CSRF token").isEqualTo(403);
    var sent = browser.send(request(form).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("specificNeeds=disability&specificNeeds=single_parent&_csrf="
            + csrf(page.body()))).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(sent.statusCode()).isEqualTo(302);
    JsonNode person = get("manager", "/api/cases/" + caseNumber + "/specific-needs").get(0);
    assertThat(codes(person.get("needs"))).containsExactly("disability", "single_parent");
    assertThat(person.get("history")).hasSize(2);
    assertThat(person.get("history").get(1).get("changedBy").asText()).isEqualTo("caseworker");
  }

  @LocalServerPort int port;

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static String csrf(String html) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).as(html).isTrue();
    return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  private static List<String> codes(JsonNode needs) {
    return needs.findValuesAsText("code");
  }

  private <T> T as(String user, Supplier<T> call) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
