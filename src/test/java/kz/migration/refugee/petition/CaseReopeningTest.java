package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.END_CASE_REOPENED;
import static kz.migration.refugee.petition.PetitionProcess.EVENT_NO_CONTACT;
import static kz.migration.refugee.petition.PetitionProcess.REOPENING_KEY;
import static kz.migration.refugee.petition.PetitionProcess.START_REOPENING_REQUESTED;
import static kz.migration.refugee.petition.PetitionProcess.TASK_HANDLE_ABANDONMENT;
import static kz.migration.refugee.petition.PetitionProcess.TASK_INTERVIEW_APPLICANT;
import static kz.migration.refugee.petition.PetitionProcess.TASK_SCHEDULE_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case closed as abandoned reopened on the applicant's request through the Tasklist start form «Возобновление дела
 * по заявлению»: the same rule as the domain API ({@link AbandonmentTest}), its refusals shown on the form against
 * the field they concern, and nothing written when refused.
 */
@ApplicationTest
class CaseReopeningTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
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
  void theTasklistStartFormReopensTheCaseAtTheAppointmentAndKeepsOnlyTheCaseNumber() {
    String caseNumber = abandoned();

    String reopening = startForm("caseworker", Map.of("caseNumber", caseNumber,
        "requestedOn", LocalDate.now().toString()));

    assertThat(jdbc.queryForMap("select status, closure_reason from family_case where case_number = ?", caseNumber))
        .containsEntry("STATUS", "UNDER_REVIEW").containsEntry("CLOSURE_REASON", null);
    assertThat(jdbc.queryForList("select deregistered_on from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ?", Object.class, caseNumber)).containsOnlyNulls();
    assertThat(jdbc.queryForList("select c.status from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ? order by c.id", String.class, caseNumber)).containsExactly("INVALIDATED", "VALID");
    // received by the logged-in user, as through the API
    assertThat(jdbc.queryForList("select received_by from case_reopening r join family_case c on c.id = r.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).containsExactly("caseworker");
    // a new petition process for the case, started at its message start event, waits at the appointment
    ProcessInstance petition = runtime.createProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(petition).isNotNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(petition.getId())
        .activityId(START_REOPENING_REQUESTED).count()).isOne();
    assertThat(steps.task(caseNumber, TASK_SCHEDULE_INTERVIEW)).as("resumed at the appointment").isNotNull();
    // the reopening process ended, under the case number, with none of the form's fields left on it
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(reopening).singleResult()
        .getBusinessKey()).isEqualTo(caseNumber);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(reopening)
        .activityId(END_CASE_REOPENED).count()).isOne();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(reopening).count()).isZero();
  }

  @Test
  void theStartFormRefusesACaseNotClosedAsAbandonedAndOnePastTheReopeningPeriodWritingNothing() {
    String open = steps.file(CaseSteps.family());
    String late = abandoned();
    // closed more than the reopening period (one year) ago
    jdbc.update("update person set deregistered_on = ? where case_id = (select id from family_case where case_number = ?)",
        LocalDate.now().minusYears(1).minusDays(1), late);
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(REOPENING_KEY).count();

    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", open,
        "requestedOn", LocalDate.now().toString())))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«Номер дела»").hasMessageContaining("не закрыто как оставленное");
    assertThatThrownBy(() -> startForm("manager", Map.of("caseNumber", late,
        "requestedOn", LocalDate.now().toString())))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«Номер дела»").hasMessageContaining("срок возобновления дела");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(REOPENING_KEY).count())
        .isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from case_reopening r join family_case c on c.id = r.case_id "
        + "where c.case_number in (?, ?)", Long.class, open, late)).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(late).count()).isZero();
    assertThat(jdbc.queryForObject("select status from family_case where case_number = ?", String.class, late))
        .isEqualTo("CLOSED");
    assertThat(steps.task(open, TASK_INTERVIEW_APPLICANT)).as("the open case goes on untouched").isNotNull();
  }

  @Test
  void theStartFormNamesBadFieldsByTheirLabels() {
    String caseNumber = abandoned();
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(REOPENING_KEY).count();

    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", caseNumber,
        "requestedOn", LocalDate.now().plusDays(1).toString())))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«Дата заявления о возобновлении»: дата в будущем");
    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", caseNumber,
        "requestedOn", LocalDate.now().minusDays(1).toString())))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«Дата заявления о возобновлении»: дата раньше закрытия дела");
    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", "RS-2020-999999",
        "requestedOn", LocalDate.now().toString())))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«Номер дела»: дело с таким номером не найдено");
    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", "12345",
        "requestedOn", LocalDate.now().toString())))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«Номер дела»: номер дела в виде RS-ГГГГ-NNNNNN");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(REOPENING_KEY).count())
        .isEqualTo(before);
    assertThat(jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber))
        .isEqualTo("CLOSED");
  }

  /** A filed case whose applicant missed the interview and made no contact, closed by a manager today. */
  private String abandoned() {
    String caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker", Map.of("applicantMissed", true));
    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId(EVENT_NO_CONTACT).singleResult().getId());
    steps.complete(caseNumber, TASK_HANDLE_ABANDONMENT, "manager", Map.of("abandonmentDecision", "close"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    return caseNumber;
  }

  /** Submits the start form as the user, with their groups, as Tasklist does. */
  private String startForm(String user, Map<String, Object> fields) {
    identity.setAuthentication(user, List.of(user.equals("manager") ? Roles.MANAGERS : Roles.CASEWORKERS));
    try {
      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(REOPENING_KEY)
          .latestVersion().singleResult().getId();
      return forms.submitStartForm(definition, fields).getId();
    } finally {
      identity.clearAuthentication();
    }
  }
}
