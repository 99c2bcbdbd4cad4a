package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.EVENT_NO_CONTACT;
import static kz.migration.refugee.petition.PetitionProcess.TASK_HANDLE_ABANDONMENT;
import static kz.migration.refugee.petition.PetitionProcess.TASK_INTERVIEW_APPLICANT;
import static kz.migration.refugee.petition.PetitionProcess.TASK_SCHEDULE_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An applicant who misses the interview and makes no contact: the appointment and the missed appointment in the data
 * bank, the manager's closure as abandoned, and the reopening on request within the reopening period (refused after
 * it, and for a case not closed as abandoned).
 */
@ApplicationTest
class AbandonmentTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

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
  void missedInterviewWithoutContactClosesTheCaseAsAbandonedAndARequestReopensIt() {
    String caseNumber = steps.fileOnly(CaseSteps.family());
    assertThat(steps.task(caseNumber, TASK_SCHEDULE_INTERVIEW)).isNotNull();
    steps.complete(caseNumber, TASK_SCHEDULE_INTERVIEW, "caseworker", Map.of(
        "appointmentDate", LocalDate.now().toString(), "appointmentTime", "09:30",
        "appointmentPlace", "Управление миграции, каб. 7", "interpreterNeeded", true, "interpreterLanguage", "fa"));
    assertThat(jdbc.queryForMap("select a.place, a.interpreter_language, a.scheduled_by, a.outcome "
        + "from interview_appointment a join family_case c on c.id = a.case_id where c.case_number = ?", caseNumber))
        .containsEntry("PLACE", "Управление миграции, каб. 7").containsEntry("INTERPRETER_LANGUAGE", "fa")
        .containsEntry("SCHEDULED_BY", "caseworker").containsEntry("OUTCOME", null);
    // the interview task shows the appointment
    assertThat(steps.shownText(steps.task(caseNumber, TASK_INTERVIEW_APPLICANT).getId(), "appointments"))
        .contains("Управление миграции, каб. 7", "дари (персидский)");

    steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker2", Map.of("applicantMissed", true));

    assertThat(jdbc.queryForMap("select a.outcome, a.outcome_recorded_by from interview_appointment a "
        + "join family_case c on c.id = a.case_id where c.case_number = ?", caseNumber))
        .containsEntry("OUTCOME", "missed").containsEntry("OUTCOME_RECORDED_BY", "caseworker2");
    assertThat(steps.task(caseNumber, TASK_SCHEDULE_INTERVIEW)).as("back to the appointment").isNotNull();

    // six weeks without contact: the timer hands the case to a manager, who closes it
    String instance = steps.instance(caseNumber);
    management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(EVENT_NO_CONTACT)
        .singleResult().getId());
    steps.complete(caseNumber, TASK_HANDLE_ABANDONMENT, "manager", Map.of("abandonmentDecision", "close",
        "abandonmentNote", "Письма и звонки без ответа"));

    assertThat(jdbc.queryForMap("select status, closure_reason from family_case where case_number = ?", caseNumber))
        .containsEntry("STATUS", "CLOSED").containsEntry("CLOSURE_REASON", "abandoned");
    assertThat(jdbc.queryForList("select deregistration_reason from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).containsOnly("abandoned");
    assertThat(jdbc.queryForList("select c.status from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ?", String.class, caseNumber)).isNotEmpty().containsOnly("INVALIDATED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(PetitionProcess.END_ABANDONED).count()).isOne();
    String closedPage = http.withBasicAuth("manager", "demo").getForObject("/cases/" + caseNumber, String.class);
    assertThat(closedPage).contains("Собеседования").contains("заявитель не явился")
        .contains("Закрыть дело как оставленное заявителем").contains("Письма и звонки без ответа");

    ResponseEntity<Map> reopened = reopen("caseworker", caseNumber, LocalDate.now());

    assertThat(reopened.getStatusCode()).as("%s", reopened.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForMap("select status, closure_reason from family_case where case_number = ?", caseNumber))
        .containsEntry("STATUS", "UNDER_REVIEW").containsEntry("CLOSURE_REASON", null);
    assertThat(jdbc.queryForList("select deregistered_on from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ?", Object.class, caseNumber)).containsOnlyNulls();
    assertThat(jdbc.queryForList("select c.status from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ? order by c.id", String.class, caseNumber)).containsExactly("INVALIDATED", "VALID");
    assertThat(steps.task(caseNumber, TASK_SCHEDULE_INTERVIEW)).as("resumed at the appointment").isNotNull();
    String reopenedPage = http.withBasicAuth("manager", "demo").getForObject("/cases/" + caseNumber, String.class);
    assertThat(reopenedPage).contains("Дело возобновлено по заявлению");

    ResponseEntity<Map> again = reopen("manager", caseNumber, LocalDate.now());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("detail")).contains("не закрыто как оставленное");
  }

  @Test
  void reopeningAfterTheReopeningPeriodIsRefused() {
    String caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker", Map.of("applicantMissed", true));
    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId(EVENT_NO_CONTACT).singleResult().getId());
    steps.complete(caseNumber, TASK_HANDLE_ABANDONMENT, "manager", Map.of("abandonmentDecision", "close"));
    // closed more than a year ago
    jdbc.update("update person set deregistered_on = ? where case_id = (select id from family_case where case_number = ?)",
        LocalDate.now().minusYears(1).minusDays(1), caseNumber);

    ResponseEntity<Map> response = reopen("caseworker", caseNumber, LocalDate.now());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) response.getBody().get("detail")).contains("срок возобновления дела");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void aMissedAppointmentCannotBeRecordedBeforeItsDay() {
    String caseNumber = steps.fileOnly(CaseSteps.family());
    steps.complete(caseNumber, TASK_SCHEDULE_INTERVIEW, "caseworker", Map.of(
        "appointmentDate", LocalDate.now().plusDays(3).toString(), "appointmentTime", "11:00",
        "appointmentPlace", "Управление миграции", "interpreterNeeded", false));

    assertThatThrownBy(() -> steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker",
        Map.of("applicantMissed", true))).hasMessageContaining("день собеседования ещё не наступил");
    assertThatThrownBy(() -> steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker",
        Map.of("applicantMissed", false))).hasMessageContaining("обязательное поле");
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> reopen(String user, String caseNumber, LocalDate requestedOn) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/cases/{n}/reopening",
        Map.of("requestedOn", requestedOn.toString()), Map.class, caseNumber);
  }
}
