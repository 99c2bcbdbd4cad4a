package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The end of status of chosen persons through the real services: proposed through the API or Tasklist's start form,
 * confirmed by someone other than the proposer, appealable, then exactly those persons leave the register and the
 * family members who remain are reviewed.
 */
@ApplicationTest
class StatusEndTest {

  private static final String REASONS = "Лицо приобрело гражданство Республики Казахстан и пользуется её защитой.";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void oneMembersCessationEndsOnlyThatMemberAfterFourEyesAndAnUnappealedWindowAndTheOthersAreReviewed() {
    String caseNumber = steps().grant(family());
    long caseId = caseId(caseNumber);
    long head = person(caseId, "HEAD");
    long statusEnd = propose(caseNumber, "manager", "cessation", "art1c3-new-nationality", List.of(head));

    Task confirm = task(statusEnd, TASK_CONFIRM_STATUS_END);
    assertThat(steps().shownText(confirm.getId(), PROPOSAL.name())).startsWith("Утрата статуса. Ст. 1С(3)")
        .contains("Лица: ").contains("(manager).");
    Map<String, Object> confirmation = Map.of("statusEndConfirmation", "confirmed",
        "confirmationReasons", "Приобретение гражданства подтверждено ответом органов внутренних дел.");
    // the proposer may not confirm, whichever way they try
    var claim = http.withBasicAuth("manager", "demo").postForEntity("/engine-rest/task/" + confirm.getId() + "/claim",
        Map.of("userId", "manager"), String.class);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(claim.getBody()).contains("четырёх глаз");
    assertThatThrownBy(() -> complete(statusEnd, TASK_CONFIRM_STATUS_END, "manager", confirmation))
        .satisfies(StatusEndTest::rejectedByTheForm).hasMessageContaining("четырёх глаз");
    tasks.setAssignee(confirm.getId(), null);
    complete(statusEnd, TASK_CONFIRM_STATUS_END, "manager2", confirmation);

    assertThat(registered(caseId)).as("still registered during the appeal window").hasSize(2);
    expireAppealWindow(statusEnd);

    assertThat(jdbc.queryForObject("select deregistration_reason from person where id = ?", String.class, head))
        .isEqualTo("cessation");
    assertThat(registered(caseId)).hasSize(1).doesNotContain(head);
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId)).isEqualTo("GRANTED");
    assertThat(jdbc.queryForObject("select count(*) from certificate where case_id = ? and type = 'REFUGEE' and status = 'VALID'",
        Long.class, caseId)).as("the child keeps a valid certificate").isEqualTo(1);

    // the child's status derives from the head's: reviewed, and kept
    Task review = task(statusEnd, TASK_REVIEW_DEPENDANTS);
    assertThat(review.getName()).isEqualTo("Рассмотреть положение членов семьи");
    assertThat(steps().shownJson(review.getId(), DEPENDANT_OPTIONS.name()).toString()).contains("Лейла");
    complete(statusEnd, TASK_REVIEW_DEPENDANTS, "manager", Map.of("includedDependants", SpinValues.jsonValue("[]").create(),
        "dependantsNote", "Ребёнок сохраняет статус: опасения преследования сохраняются и у него."));

    assertThat(registered(caseId)).hasSize(1);
    assertThat(jdbc.queryForList("select involvement from status_end_person where status_end_id = ? order by id",
        String.class, statusEnd)).containsExactly("PROPOSED", "CONTINUES");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNumber)
        .count()).isZero();
    ResponseEntity<String> view = http.withBasicAuth("caseworker", "demo")
        .getForEntity("/api/cases/" + caseNumber + "/status-ends", String.class);
    assertThat(view.getBody()).contains("\"kind\":\"cessation\"").contains("\"confirmedBy\":\"manager2\"")
        .contains("\"involvement\":\"CONTINUES\"").doesNotContain("гражданство Республики");
    // the case page shows it per person, with kind, reason, proposer, confirmer and the family's review
    String page = HtmlUtils.htmlUnescape(http.withBasicAuth("auditor", "demo")
        .getForEntity("/cases/" + caseNumber, String.class).getBody());
    assertThat(page).contains("id=\"status-ends\"", "Утрата статуса с ", "Ст. 1С(3)", "в решении; снят(а) с учёта",
        "утвердил(а) Касымов Нурлан (manager2)", "статус сохраняется; решил(а) ", "Положение членов семьи рассмотрел(а)");
  }

  @Test
  void aDependantIncludedOnReviewLeavesWithTheSameKindAndTheCaseClosesWhenNobodyRemains() {
    String caseNumber = steps().grant(family());
    long caseId = caseId(caseNumber);
    long head = person(caseId, "HEAD");
    long child = person(caseId, "CHILD");
    long statusEnd = propose(caseNumber, "caseworker", "deprivation", "false-information", List.of(head));
    complete(statusEnd, TASK_CONFIRM_STATUS_END, "manager", Map.of("statusEndConfirmation", "confirmed",
        "confirmationReasons", "Подложность паспорта подтверждена экспертизой документов."));
    expireAppealWindow(statusEnd);

    complete(statusEnd, TASK_REVIEW_DEPENDANTS, "manager", Map.of(
        "includedDependants", SpinValues.jsonValue("[\"" + child + "\"]").create(),
        "dependantsNote", "Статус ребёнка производен от статуса отца, полученного по подложным документам."));

    assertThat(jdbc.queryForList("select deregistration_reason from person where case_id = ?", String.class, caseId))
        .containsOnly("deprivation");
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId))
        .isEqualTo("DEREGISTERED");
    assertThat(jdbc.queryForList("select involvement from status_end_person where status_end_id = ? order by id",
        String.class, statusEnd)).containsExactly("PROPOSED", "INCLUDED");
  }

  @Test
  void eachKindTakesOnlyItsOwnReasonsAndAPersonIsInOneOpenEndAtATime() {
    String caseNumber = steps().grant(family());
    long caseId = caseId(caseNumber);
    long head = person(caseId, "HEAD");
    long child = person(caseId, "CHILD");
    for (String[] wrong : new String[][] {{"termination", "art1c3-new-nationality"}, {"cessation", "death"},
        {"cancellation", "false-information"}, {"deprivation", "grant-error"}, {"expulsion", "death"}}) {
      var refused = post(caseNumber, "caseworker", wrong[0], wrong[1], List.of(head));
      assertThat(refused.getStatusCode()).as("%s / %s", wrong[0], wrong[1]).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(post(caseNumber, "caseworker", "termination", "own-request", List.of(999_999_999L)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    long termination = propose(caseNumber, "caseworker", "termination", "own-request", List.of(child));
    long cancellation = propose(caseNumber, "caseworker", "cancellation", "grant-error", List.of(head));
    var again = post(caseNumber, "caseworker", "cessation", "art1c3-new-nationality", List.of(child));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().toString()).contains("уже ведётся");

    // two ends open to appeal on one case: an appeal names the one it is against
    for (long id : List.of(termination, cancellation)) {
      complete(id, TASK_CONFIRM_STATUS_END, "manager", Map.of("statusEndConfirmation", "confirmed",
          "confirmationReasons", "Основания подтверждены материалами личного дела."));
    }
    var unnamed = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + caseNumber + "/status-end/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Статус присвоен правильно, ошибки не было."), Map.class);
    assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    var named = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + caseNumber + "/status-end/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Статус присвоен правильно, ошибки не было.",
            "statusEndId", cancellation), Map.class);
    assertThat(named.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThatThrownBy(() -> complete(cancellation, TASK_DECIDE_STATUS_END_APPEAL, "manager", Map.of(
        "statusEndAppealOutcome", "upheld", "statusEndAppealReasons", "Ошибочность присвоения статуса подтверждена.")))
        .as("not by the confirmer").satisfies(StatusEndTest::rejectedByTheForm);
    tasks.setAssignee(task(cancellation, TASK_DECIDE_STATUS_END_APPEAL).getId(), null);
    complete(cancellation, TASK_DECIDE_STATUS_END_APPEAL, "manager2", Map.of(
        "statusEndAppealOutcome", "upheld", "statusEndAppealReasons", "Ошибочность присвоения статуса подтверждена."));
    expireAppealWindow(termination);

    assertThat(jdbc.queryForObject("select deregistration_reason from person where id = ?", String.class, head))
        .isEqualTo("cancellation");
    assertThat(jdbc.queryForObject("select deregistration_reason from person where id = ?", String.class, child))
        .isEqualTo("termination");
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId))
        .isEqualTo("DEREGISTERED");
  }

  @Test
  void startedFromTasklistTheCaseIsCheckedAndTheProposalPreparedOnATask() {
    String caseNumber = steps().grant(family());
    long caseId = caseId(caseNumber);
    long child = person(caseId, "CHILD");

    var unknown = http.withBasicAuth("caseworker", "demo").postForEntity("/engine-rest/process-definition/key/status-end/start",
        Map.of("variables", Map.of("caseNumber", Map.of("value", "RS-1999-000001"))), String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("«Номер дела»");
    var forged = http.withBasicAuth("caseworker", "demo").postForEntity("/engine-rest/process-definition/key/status-end/start",
        Map.of("variables", Map.of("caseNumber", Map.of("value", caseNumber), "statusEndId", Map.of("value", 1))), String.class);
    assertThat(forged.getStatusCode()).as("only the application starts with a proposal made").isEqualTo(HttpStatus.BAD_REQUEST);
    var started = http.withBasicAuth("caseworker", "demo").postForEntity("/engine-rest/process-definition/key/status-end/start",
        Map.of("variables", Map.of("caseNumber", Map.of("value", caseNumber))), String.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);

    Task prepare = steps().task(caseNumber, TASK_PREPARE_STATUS_END);
    assertThat(steps().shownJson(prepare.getId(), FAMILY_MEMBERS.name()).toString()).contains("Лейла");
    assertThat(steps().shownJson(prepare.getId(), REASON_OPTIONS.name()).toString())
        .contains("Аннулирование статуса: ").contains("Прекращение статуса: Смерть беженца");
    Map<String, Object> form = new HashMap<>(Map.of("statusEndMembers", SpinValues.jsonValue("[\"" + child + "\"]").create(),
        "statusEndKind", "termination", "statusEndReason", "art1c3-new-nationality", "statusEndReasons", REASONS));
    assertThatThrownBy(() -> steps().complete(caseNumber, TASK_PREPARE_STATUS_END, "caseworker", form))
        .satisfies(StatusEndTest::rejectedByTheForm).hasMessageContaining("«Основание»");
    form.put("statusEndReason", "settled-abroad");
    tasks.setAssignee(prepare.getId(), null);
    steps().complete(caseNumber, TASK_PREPARE_STATUS_END, "caseworker", form);

    Task confirm = steps().task(caseNumber, TASK_CONFIRM_STATUS_END);
    assertThat(confirm).isNotNull();
    assertThat(jdbc.queryForMap("select kind, ground, proposed_by from status_end where case_id = ?", caseId))
        .containsEntry("KIND", "TERMINATION").containsEntry("GROUND", "settled-abroad").containsEntry("PROPOSED_BY", "caseworker");
    assertThat(runtime.getVariables(confirm.getProcessInstanceId())).doesNotContainKey("statusEndReasons");
  }

  /** Proposes through the API as the user; returns the end of status's id. */
  private long propose(String caseNumber, String user, String kind, String reason, List<Long> persons) {
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> response = post(caseNumber, user, kind, reason, persons);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("statusEndId")).longValue();
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> post(String caseNumber, String user, String kind, String reason, List<Long> persons) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/cases/" + caseNumber + "/status-ends",
        Map.of("kind", kind, "reason", reason, "personIds", persons, "reasons", REASONS), Map.class);
  }

  private Task task(long statusEnd, String key) {
    return tasks.createTaskQuery().processDefinitionKey(KEY).processVariableValueEquals(STATUS_END_ID.name(), statusEnd)
        .taskDefinitionKey(key).singleResult();
  }

  /** Claims and completes the task of this end of status as the user, with their groups. */
  private void complete(long statusEnd, String key, String user, Map<String, Object> form) {
    Task task = task(statusEnd, key);
    assertThat(task).as("task %s of %s", key, statusEnd).isNotNull();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void expireAppealWindow(long statusEnd) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals(STATUS_END_ID.name(), statusEnd).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .activityId(TIMER_APPEAL_WINDOW_EXPIRED).singleResult().getId());
  }

  private List<Long> registered(long caseId) {
    return jdbc.queryForList("select id from person where case_id = ? and deregistered_on is null", Long.class, caseId);
  }

  private long person(long caseId, String role) {
    return jdbc.queryForObject("select id from person where case_id = ? and role = ?", Long.class, caseId, role);
  }

  private long caseId(String caseNumber) {
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }

  /** Head and a child born five years ago. */
  private static Map<String, Object> family() {
    Map<String, Object> family = new HashMap<>(CaseSteps.family());
    @SuppressWarnings("unchecked")
    Map<String, Object> head = (Map<String, Object>) ((List<?>) family.get("members")).get(0);
    Map<String, Object> child = new HashMap<>(head);
    child.put("role", "child");
    child.put("givenName", "Лейла");
    child.put("sex", "female");
    child.put("dateOfBirth", LocalDate.now().minusYears(5).toString());
    child.remove("documentType");
    child.remove("documentNumber");
    family.put("members", List.of(head, child));
    return family;
  }

  private static void rejectedByTheForm(Throwable e) {
    Throwable t = e;
    while (t != null && !(t instanceof BadUserRequestException)) {
      t = t.getCause();
    }
    assertThat(t).as("rejected as bad user input: %s", e).isInstanceOf(BadUserRequestException.class);
  }

  private CaseSteps steps() {
    return new CaseSteps(http, runtime, tasks, management, identity);
  }
}
