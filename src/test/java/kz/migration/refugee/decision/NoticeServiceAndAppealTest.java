package kz.migration.refugee.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A refusal is served from Tasklist, the appeal window runs from the service, an appeal is registered from Tasklist by
 * the same rules as the API, and while it is pending nothing closes the case.
 */
@ApplicationTest
class NoticeServiceAndAppealTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired FamilyCases familyCases;

  private CaseSteps steps;

  @BeforeEach
  void setUp() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
  }

  @Test
  void theWindowRunsFromTheServiceAndAnAppealRegisteredInTasklistKeepsTheCaseOpen() {
    String caseNumber = refusedCase();
    long caseId = caseId(caseNumber);

    // before the service no window runs: the API refuses an appeal, the caseworkers have the service to record
    ResponseEntity<Map> early = appeal(caseNumber, LocalDate.now());
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) early.getBody().get("detail")).contains("ещё не вручено");
    assertThat(steps.task(caseNumber, "Task_RecordNoticeService").getDueDate()).isNotNull();
    assertThat(steps.task(caseNumber, "Task_RegisterAppeal")).isNull();

    // served by post, delivered today (not before the decision): the window runs from the delivery
    LocalDate delivered = LocalDate.now();
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_RecordNoticeService", "caseworker",
        Map.of("noticeServedHow", "post", "noticeServedOn", LocalDate.now().minusYears(1).toString())))
        .hasStackTraceContaining("раньше решения");
    tasks.setAssignee(steps.task(caseNumber, "Task_RecordNoticeService").getId(), null);
    steps.complete(caseNumber, "Task_RecordNoticeService", "caseworker", Map.of("noticeServedHow", "post",
        "noticeServedOn", delivered.toString(), "noticeServiceNote", "РПО 05000012345678"));
    Map<String, Object> served = jdbc.queryForMap("select notified_on, appeal_due_on, notice_served_how, "
        + "notice_recorded_by from decision where case_id = ? order by id desc limit 1", caseId);
    LocalDate dueOn = delivered.plusMonths(1);
    assertThat(served).containsEntry("NOTICE_SERVED_HOW", "POST").containsEntry("NOTICE_RECORDED_BY", "caseworker");
    assertThat(((java.sql.Date) served.get("NOTIFIED_ON")).toLocalDate()).isEqualTo(delivered);
    assertThat(((java.sql.Date) served.get("APPEAL_DUE_ON")).toLocalDate()).isEqualTo(dueOn);
    Job window = management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Timer_AppealWindowExpired").singleResult();
    assertThat(window.getDuedate()).isEqualTo(kz.migration.refugee.shared.Deadlines.overdueAt(dueOn));

    // an appeal before the service is refused on the form, one in the window is recorded with who registered it
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_RegisterAppeal", "caseworker",
        Map.of("appealLodgedOn", delivered.minusDays(1).toString(), "appealGrounds", "Доводы")))
        .hasStackTraceContaining("до вручения уведомления");
    tasks.setAssignee(steps.task(caseNumber, "Task_RegisterAppeal").getId(), null);
    steps.complete(caseNumber, "Task_RegisterAppeal", "caseworker", Map.of("appealLodgedOn",
        LocalDate.now().toString(), "appealGrounds", "Не учтены сведения о преследовании семьи заявителя."));

    assertThat(jdbc.queryForMap("select status, appeal_pending from family_case where id = ?", caseId))
        .containsEntry("STATUS", "APPEAL").containsEntry("APPEAL_PENDING", true);
    assertThat(jdbc.queryForObject("select recorded_by from appeal where case_id = ?", String.class, caseId))
        .isEqualTo("caseworker");
    assertThat(steps.task(caseNumber, "Task_DecideAppeal")).isNotNull();

    // nothing closes the case meanwhile: not the refusal's closure, nor a withdrawal, nor a member's departure
    assertThatThrownBy(() -> familyCases.close(caseId)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("подана жалоба");
    ResponseEntity<Map> withdrawal = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/withdrawal", Map.of("requestedOn", LocalDate.now().toString(), "note", "Заявление"),
        Map.class, caseNumber);
    assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) withdrawal.getBody().get("detail")).contains("подана жалоба");

    // the case page shows the service, the window from it, and who registered the appeal
    String page = http.withBasicAuth("manager", "demo").getForEntity("/cases/{n}", String.class, caseNumber).getBody();
    assertThat(page).contains("Уведомление вручено", "по почте (дата доставки)", "РПО 05000012345678",
        "(день вручения уведомления)", "Зарегистрировал(а)");

    // decided: upheld; the case closes as refused once the court-appeal period passes without a court appeal
    steps.complete(caseNumber, "Task_DecideAppeal", "manager2", Map.of("appealOutcome", "upheld",
        "appealReasons", "Новые сведения не меняют оценку опасений преследования."));
    assertThat(jdbc.queryForMap("select status, appeal_pending from family_case where id = ?", caseId))
        .containsEntry("STATUS", "APPEAL").containsEntry("APPEAL_PENDING", false);
    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Timer_CourtAppealPeriodExpired").singleResult().getId());
    assertThat(jdbc.queryForMap("select status, appeal_pending from family_case where id = ?", caseId))
        .containsEntry("STATUS", "CLOSED").containsEntry("APPEAL_PENDING", false);
  }

  @Test
  void anAppealThroughTheApiEndsTheTasklistTaskAndOneDatedInTheFutureIsRefused() {
    String caseNumber = refusedCase();
    steps.serveRefusal(caseNumber);

    // (an appeal after the window is recorded as late once the refusal is final: LateAppealAndCourtTest)
    ResponseEntity<Map> future = appeal(caseNumber, LocalDate.now().plusMonths(2));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> lodged = appeal(caseNumber, LocalDate.now());
    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(lodged.getBody()).containsEntry("late", false);

    assertThat(steps.task(caseNumber, "Task_RegisterAppeal")).isNull();
    assertThat(steps.task(caseNumber, "Task_DecideAppeal")).isNotNull();
    assertThat(jdbc.queryForObject("select recorded_by from appeal where case_id = ?", String.class,
        caseId(caseNumber))).isEqualTo("caseworker");
  }

  private ResponseEntity<Map> appeal(String caseNumber, LocalDate lodgedOn) {
    return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/appeals",
        Map.of("lodgedOn", lodgedOn.toString(), "grounds", "Не учтены новые документы."), Map.class, caseNumber);
  }

  private String refusedCase() {
    String caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил об экономических причинах выезда."));
    steps.runAgencyChecks(caseNumber);
    steps.complete(caseNumber, "Task_AssessPetition", "caseworker", Map.of(
        "assessmentFacts", "Опасения преследования не подтверждены.", "credibility", "credible",
        "wellFoundedFear", false, "exclusionIndicators", false, "assessmentRecommendation", "refuse"));
    steps.decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear",
        "Опасения преследования не подтверждены материалами дела.");
    return caseNumber;
  }

  private long caseId(String caseNumber) {
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }
}
