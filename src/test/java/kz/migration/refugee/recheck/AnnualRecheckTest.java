package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.*;
import static kz.migration.refugee.recheck.StatusEndProcess.PROPOSAL;
import static kz.migration.refugee.recheck.StatusEndProcess.TASK_CONFIRM_STATUS_END;
import static kz.migration.refugee.recheck.StatusEndProcess.TASK_DECIDE_STATUS_END_APPEAL;
import static kz.migration.refugee.recheck.StatusEndProcess.TIMER_APPEAL_WINDOW_EXPIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.schooling.SchoolReferralProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recognised family's annual recheck through the real services: the scheduler starts it once, the
 * caseworker's form is checked on the server, and each outcome changes the register as it should.
 */
@ApplicationTest
class AnnualRecheckTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired RecheckScheduler scheduler;
  @Autowired kz.migration.refugee.registry.FamilyCases familyCases;

  @Test
  void dueFamilyGetsOneRecheckAndAnExtensionWithTheChildOfAgeOnACertificateOfTheirOwn() {
    LocalDate expires = LocalDate.now().plusDays(10);
    // turns 18 between the grant and the new period
    String caseNumber = steps().grant(familyWithChildBornOn(expires.minusYears(18)));
    long caseId = caseId(caseNumber);
    expireOn(caseId, expires);

    long runId = startRechecks();
    startRechecks();

    assertThat(jdbc.queryForObject("select count(*) from recheck where case_id = ?", Long.class, caseId)).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    assertThat(jdbc.queryForMap("select status, started, due_total from recheck_run where id = ?", runId))
        .containsEntry("STATUS", "COMPLETED");
    Task verify = steps().task(caseNumber, TASK_VERIFY_CIRCUMSTANCES);
    assertThat(steps().shownText(verify.getId(), SUGGESTED_VALID_FROM.name()))
        .isEqualTo(expires.plusDays(1).toString());

    Map<String, Object> extension = verification("extend");
    extension.put("newValidFrom", expires.plusDays(1).toString());
    extension.put("newValidUntil", expires.plusDays(1).plusYears(1).toString());
    steps().complete(caseNumber, TASK_VERIFY_CIRCUMSTANCES, "caseworker", extension);

    // the recheck is over; the child, of school age on 1 September, keeps a referral to school of their own
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyNotIn(SchoolReferralProcess.KEY).count()).isZero();
    List<Map<String, Object>> certificates = jdbc.queryForList(
        "select c.status, c.valid_until, p.role from certificate c join person p on p.id = c.holder_id "
            + "where c.case_id = ? and c.type = 'REFUGEE' order by c.id", caseId);
    assertThat(certificates).extracting(c -> c.get("STATUS") + " " + c.get("ROLE"))
        .containsExactly("SUPERSEDED HEAD", "VALID HEAD", "VALID CHILD");
    assertThat(certificates.get(1).get("VALID_UNTIL").toString()).isEqualTo(expires.plusDays(1).plusYears(1).toString());
    assertThat(jdbc.queryForObject("select outcome from recheck where case_id = ?", String.class, caseId)).isEqualTo("EXTENDED");
    assertThat(jdbc.queryForObject("select count(*) from decision_log where case_number = ? and kind = 'CERTIFICATE_EXTENDED'",
        Long.class, caseNumber)).isEqualTo(1);

    scheduler.run();
    assertThat(jdbc.queryForObject("select count(*) from recheck where case_id = ?", Long.class, caseId)).isEqualTo(1);
  }

  @Test
  void anIncompleteOutcomeIsRejectedNamingTheFieldAndNothingIsWritten() {
    String caseNumber = steps().grant(CaseSteps.family());
    long caseId = caseId(caseNumber);
    expireOn(caseId, LocalDate.now().plusDays(5));
    startRechecks();

    Map<String, Object> noGround = verification("cessation");
    noGround.put("statusEndReasons", "Беженец получил паспорт страны гражданской принадлежности.");
    assertThatThrownBy(() -> steps().complete(caseNumber, TASK_VERIFY_CIRCUMSTANCES, "caseworker", noGround))
        .satisfies(AnnualRecheckTest::rejectedByTheForm).hasMessageContaining("«Основание утраты статуса (ст. 1С Конвенции)»");
    Map<String, Object> backwards = verification("extend");
    backwards.put("newValidFrom", LocalDate.now().plusDays(6).toString());
    backwards.put("newValidUntil", LocalDate.now().plusDays(1).toString());
    assertThatThrownBy(() -> steps().complete(caseNumber, TASK_VERIFY_CIRCUMSTANCES, "caseworker", backwards))
        .satisfies(AnnualRecheckTest::rejectedByTheForm).hasMessageContaining("«Продлить по»");
    Map<String, Object> tooLong = verification("extend");
    tooLong.put("newValidFrom", LocalDate.now().plusDays(6).toString());
    tooLong.put("newValidUntil", LocalDate.now().plusDays(6).plusYears(2).toString());
    assertThatThrownBy(() -> steps().complete(caseNumber, TASK_VERIFY_CIRCUMSTANCES, "caseworker", tooLong))
        .satisfies(AnnualRecheckTest::rejectedByTheForm).hasMessageContaining("«Продлить по»");

    assertThat(steps().task(caseNumber, TASK_VERIFY_CIRCUMSTANCES)).isNotNull();
    assertThat(jdbc.queryForObject("select verified_by from recheck where case_id = ?", String.class, caseId)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from status_end where case_id = ?", Long.class, caseId)).isZero();
  }

  @Test
  void cessationIsConfirmedByAnotherManagerAndEndsTheStatusWhenTheAppealWindowCloses() {
    String caseNumber = steps().grant(CaseSteps.family());
    long caseId = caseId(caseNumber);
    expireOn(caseId, LocalDate.now().plusDays(20));
    startRechecks();

    steps().complete(caseNumber, TASK_VERIFY_CIRCUMSTANCES, "caseworker", verification("refer"));
    Map<String, Object> cessation = new HashMap<>(Map.of("recheckOutcome", "cessation",
        "cessationGround", "art1c3-new-nationality",
        "statusEndReasons", "Беженец приобрёл гражданство Республики Казахстан и пользуется её защитой."));
    steps().complete(caseNumber, TASK_REVIEW_RECHECK, "manager", cessation);

    Task confirm = steps().task(caseNumber, TASK_CONFIRM_STATUS_END);
    var proposer = identity.createUserQuery().userId("manager").singleResult();
    assertThat(steps().shownText(confirm.getId(), PROPOSAL.name())).contains("Ст. 1С(3)")
        .contains("Предложил: " + proposer.getLastName() + " " + proposer.getFirstName() + " (manager).");
    Map<String, Object> confirmation = Map.of("statusEndConfirmation", "confirmed",
        "confirmationReasons", "Приобретение гражданства подтверждено ответом органов внутренних дел.");
    // through engine REST, as any client: the proposer can neither claim nor complete the confirmation
    var claim = http.withBasicAuth("manager", "demo").postForEntity("/engine-rest/task/" + confirm.getId() + "/claim",
        Map.of("userId", "manager"), String.class);
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(claim.getBody()).contains("четырёх глаз");
    var complete = http.withBasicAuth("manager", "demo").postForEntity("/engine-rest/task/" + confirm.getId() + "/complete",
        Map.of("variables", Map.of("statusEndConfirmation", Map.of("value", "confirmed"),
            "confirmationReasons", Map.of("value", "Приобретение гражданства подтверждено ответом органов."))), String.class);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tasks.createTaskQuery().taskId(confirm.getId()).singleResult().getAssignee()).isNull();
    assertThatThrownBy(() -> steps().complete(caseNumber, TASK_CONFIRM_STATUS_END, "manager", confirmation))
        .satisfies(AnnualRecheckTest::rejectedByTheForm).hasMessageContaining("четырёх глаз");
    tasks.setAssignee(confirm.getId(), null);
    steps().complete(caseNumber, TASK_CONFIRM_STATUS_END, "manager2", confirmation);

    // the recheck called the status-end process, which decides on the proposal
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(StatusEndProcess.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
    var window = management.createJobQuery().processInstanceId(instance)
        .activityId(TIMER_APPEAL_WINDOW_EXPIRED).singleResult();
    assertThat(window).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from person where case_id = ? and deregistered_on is null",
        Long.class, caseId)).as("still registered during the appeal window").isEqualTo(1);
    management.executeJob(window.getId());

    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId)).isEqualTo("DEREGISTERED");
    assertThat(jdbc.queryForList("select deregistration_reason from person where case_id = ?", String.class, caseId))
        .containsOnly("cessation");
    assertThat(jdbc.queryForList("select status from certificate where case_id = ? and type = 'REFUGEE'", String.class, caseId))
        .containsOnly("INVALIDATED");
    assertThat(jdbc.queryForList("select kind from decision_log where case_number = ? order by sequence_no", String.class,
        caseNumber)).endsWith("STATUS_END_DECIDED", "DEREGISTERED");

    scheduler.run();
    assertThat(jdbc.queryForObject("select count(*) from recheck where case_id = ?", Long.class, caseId))
        .as("a deregistered family is not picked again").isEqualTo(1);
  }

  @Test
  void anAppealLodgedThroughTheApiIsDecidedByAManagerOtherThanTheConfirmerAndMayKeepTheStatus() {
    String caseNumber = steps().grant(CaseSteps.family());
    long caseId = caseId(caseNumber);
    expireOn(caseId, LocalDate.now().plusDays(20));
    startRechecks();
    Map<String, Object> deprivation = verification("deprivation");
    deprivation.put("deprivationGround", "false-information");
    deprivation.put("statusEndReasons", "Установлено, что представленный паспорт является подложным.");
    steps().complete(caseNumber, TASK_VERIFY_CIRCUMSTANCES, "caseworker", deprivation);
    steps().complete(caseNumber, TASK_CONFIRM_STATUS_END, "manager", Map.of("statusEndConfirmation", "confirmed",
        "confirmationReasons", "Подложность паспорта подтверждена экспертизой."));

    var late = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + caseNumber + "/status-end/appeals",
        Map.of("lodgedOn", LocalDate.now().minusDays(1).toString(), "grounds", "Паспорт подлинный, экспертиза ошибочна."), Map.class);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody().toString()).contains("lodgedOn");
    var lodged = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + caseNumber + "/status-end/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Паспорт подлинный, экспертиза ошибочна."), Map.class);
    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // the appeal is pending: the registry's one rule takes nobody off the register meanwhile
    assertThat(jdbc.queryForObject("select appeal_pending from family_case where id = ?", Boolean.class, caseId)).isTrue();
    assertThatThrownBy(() -> familyCases.deregister(caseId, List.of(),
        kz.migration.refugee.registry.DeregistrationReason.LEFT_COUNTRY, LocalDate.now(), "caseworker"))
        .isInstanceOf(kz.migration.refugee.shared.ConflictException.class).hasMessageContaining("подана жалоба");

    Map<String, Object> overturn = Map.of("statusEndAppealOutcome", "overturned",
        "statusEndAppealReasons", "Повторная экспертиза подтвердила подлинность паспорта.");
    assertThatThrownBy(() -> steps().complete(caseNumber, TASK_DECIDE_STATUS_END_APPEAL, "manager", overturn))
        .satisfies(AnnualRecheckTest::rejectedByTheForm);
    tasks.setAssignee(steps().task(caseNumber, TASK_DECIDE_STATUS_END_APPEAL).getId(), null);
    steps().complete(caseNumber, TASK_DECIDE_STATUS_END_APPEAL, "manager2", overturn);

    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId)).isEqualTo("GRANTED");
    assertThat(jdbc.queryForObject("select count(*) from certificate where case_id = ? and type = 'REFUGEE' and status = 'VALID'",
        Long.class, caseId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select appeal_outcome from status_end where case_id = ?", String.class, caseId))
        .isEqualTo("overturned");
    assertThat(jdbc.queryForObject("select appeal_pending from family_case where id = ?", Boolean.class, caseId)).isFalse();
    var view = http.withBasicAuth("auditor", "demo").getForEntity("/api/cases/" + caseNumber + "/rechecks", String.class);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var rechecks = http.withBasicAuth("manager", "demo").getForEntity("/api/cases/" + caseNumber + "/rechecks", String.class);
    assertThat(rechecks.getBody()).contains("\"outcome\":\"EXTENDED\"").contains("\"appealOutcome\":\"overturned\"")
        .doesNotContain("подложным");
  }

  @Test
  void aDeathRecordedAtTheRecheckDeregistersThatPersonAndTheRestAreExtended() {
    LocalDate expires = LocalDate.now().plusDays(10);
    String caseNumber = steps().grant(familyWithChildBornOn(LocalDate.now().minusYears(5)));
    long caseId = caseId(caseNumber);
    expireOn(caseId, expires);
    startRechecks();
    Long child = jdbc.queryForObject("select id from person where case_id = ? and role = 'CHILD'", Long.class, caseId);

    Map<String, Object> form = verification("extend");
    form.put("deceasedMembers", SpinValues.jsonValue("[\"" + child + "\"]").create());
    form.put("newValidFrom", expires.plusDays(1).toString());
    form.put("newValidUntil", expires.plusDays(1).plusYears(1).toString());
    steps().complete(caseNumber, TASK_VERIFY_CIRCUMSTANCES, "caseworker", form);

    assertThat(jdbc.queryForMap("select deregistration_reason, deregistered_on from person where id = ?", child))
        .containsEntry("DEREGISTRATION_REASON", "death");
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId)).isEqualTo("GRANTED");
    assertThat(jdbc.queryForObject("""
        select count(*) from certificate_member m join certificate c on c.id = m.certificate_id
        where c.case_id = ? and c.status = 'VALID'""", Long.class, caseId)).isZero();
  }

  /** A scheduler pass, then the job executor's part: the caseworkers' tasks are prepared asynchronously. */
  private long startRechecks() {
    long runId = scheduler.run();
    management.createJobQuery().processDefinitionKey(KEY).messages().list()
        .forEach(job -> management.executeJob(job.getId()));
    return runId;
  }

  private static Map<String, Object> verification(String outcome) {
    return new HashMap<>(Map.of("residenceConfirmed", true, "newNationality", false, "reavailedProtection", false,
        "exclusionFacts", false, "circumstances", "Проживает по месту учёта, обстоятельства не изменились.",
        "recheckOutcome", outcome));
  }

  private static Map<String, Object> familyWithChildBornOn(LocalDate born) {
    Map<String, Object> family = new HashMap<>(CaseSteps.family());
    @SuppressWarnings("unchecked")
    Map<String, Object> head = (Map<String, Object>) ((List<?>) family.get("members")).get(0);
    Map<String, Object> child = new HashMap<>(head);
    child.put("role", "child");
    child.put("givenName", "Лейла");
    child.put("sex", "female");
    child.put("dateOfBirth", born.toString());
    child.remove("documentType");
    child.remove("documentNumber");
    family.put("members", List.of(head, child));
    return family;
  }

  /** As if the year had passed: the family's certificate now expires on the given day. */
  private void expireOn(long caseId, LocalDate on) {
    jdbc.update("update certificate set valid_until = ? where case_id = ? and type = 'REFUGEE' and status = 'VALID'", on, caseId);
  }

  private long caseId(String caseNumber) {
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
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
