package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.TASK_ASSESS_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_DECIDE_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_INTERVIEW_APPLICANT;
import static kz.migration.refugee.petition.PetitionProcess.WITHDRAWAL_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A petition withdrawn in writing, through the domain API and through the Tasklist start form «Отзыв ходатайства»,
 * and members leaving during the procedure: what the data bank records, and that the petition process ends (or goes
 * on for the others).
 */
@ApplicationTest
class PetitionWithdrawalTest {

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
  void withdrawalThroughTheApiClosesTheCaseDeregistersTheFamilyAndEndsThePetition() {
    String caseNumber = steps.file(CaseSteps.family());
    String instance = steps.instance(caseNumber);

    ResponseEntity<Map> response = withdraw("caseworker", caseNumber,
        Map.of("requestedOn", LocalDate.now().toString(), "note", "Заявление вх. № 17, подано лично"));

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForMap("select status, closure_reason from family_case where case_number = ?", caseNumber))
        .containsEntry("STATUS", "CLOSED").containsEntry("CLOSURE_REASON", "withdrawn");
    assertThat(jdbc.queryForList("select deregistration_reason from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).containsOnly("withdrawn");
    assertThat(jdbc.queryForList("select c.status from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ?", String.class, caseNumber)).isNotEmpty().containsOnly("INVALIDATED");
    // received by the logged-in user, whatever a client might send
    assertThat(jdbc.queryForObject("select received_by from petition_withdrawal w join family_case c on c.id = w.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).isEqualTo("caseworker");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(PetitionProcess.END_WITHDRAWN).count()).isOne();

    // the case page shows the withdrawal and the deregistrations it made, in Russian
    String page = http.withBasicAuth("manager", "demo").getForObject("/cases/" + caseNumber, String.class);
    assertThat(page).contains("Ходатайство отозвано (дата заявления)").contains("Заявление об отзыве принял(а)")
        .contains("(caseworker)").contains("Заявление вх. № 17, подано лично").contains("отзыв ходатайства");

    ResponseEntity<Map> again = withdraw("manager", caseNumber, Map.of("requestedOn", LocalDate.now().toString(),
        "note", "повторно"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("detail")).contains("решение по ходатайству уже принято");
  }

  @Test
  void withdrawalAfterTheDecisionIsRefusedWithAConflict() {
    String caseNumber = steps.grant(CaseSteps.family());

    ResponseEntity<Map> response = withdraw("manager", caseNumber,
        Map.of("requestedOn", LocalDate.now().toString(), "note", "Заявление об отзыве"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) response.getBody().get("detail")).startsWith("решение по ходатайству уже принято");
    assertThat(jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber))
        .isEqualTo("GRANTED");
  }

  @Test
  void withdrawalAndAMembersDeregistrationWhileAnAppealIsPendingAreRefused() {
    String caseNumber = steps.file(CaseSteps.family());
    jdbc.update("update family_case set status = 'APPEAL', appeal_pending = true where case_number = ?", caseNumber);
    long person = jdbc.queryForObject("select p.id from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ? order by p.id limit 1", Long.class, caseNumber);

    ResponseEntity<Map> response = withdraw("caseworker", caseNumber,
        Map.of("requestedOn", LocalDate.now().toString(), "note", "Заявление об отзыве"));
    ResponseEntity<Map> departed = deregister("caseworker", caseNumber, person, "departed");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) response.getBody().get("detail")).contains("подана жалоба", "никто не снимается с учёта");
    assertThat(departed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) departed.getBody().get("detail")).contains("подана жалоба");
    assertThat(jdbc.queryForObject("select count(*) from person where id = ? and deregistered_on is null", Long.class,
        person)).isOne();
    assertThat(steps.task(caseNumber, TASK_INTERVIEW_APPLICANT)).isNotNull();
  }

  @Test
  void badInputIsAnsweredFieldByFieldAndAnUnknownCaseWith404() {
    String caseNumber = steps.file(CaseSteps.family());

    ResponseEntity<Map> invalid = withdraw("caseworker", caseNumber,
        Map.of("requestedOn", LocalDate.now().plusDays(3).toString(), "note", " "));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().toString()).contains("requestedOn").contains("note");

    assertThat(withdraw("caseworker", "RS-2020-999999",
        Map.of("requestedOn", LocalDate.now().toString(), "note", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(withdraw("auditor", caseNumber,
        Map.of("requestedOn", LocalDate.now().toString(), "note", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(steps.task(caseNumber, TASK_INTERVIEW_APPLICANT)).isNotNull();
  }

  @Test
  void theTasklistStartFormWithdrawsDuringTheAssessmentAndKeepsOnlyTheCaseNumber() {
    String caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, TASK_INTERVIEW_APPLICANT, "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил об угрозах со стороны вооружённой группировки."));
    steps.runAgencyChecks(caseNumber);
    assertThat(steps.task(caseNumber, TASK_ASSESS_PETITION)).isNotNull();
    String petition = steps.instance(caseNumber);

    String withdrawal = startForm("manager", Map.of("caseNumber", caseNumber,
        "requestedOn", LocalDate.now().toString(), "withdrawalNote", "Заявление вх. № 18"));

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(petition).count()).isZero();
    assertThat(jdbc.queryForObject("select received_by from petition_withdrawal w join family_case c on c.id = w.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).isEqualTo("manager");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(withdrawal).singleResult()
        .getBusinessKey()).isEqualTo(caseNumber);
    // the note is in the data bank only
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(withdrawal)
        .variableName("withdrawalNote").count()).isZero();
  }

  @Test
  void theStartFormRefusesADecidedCaseAndNamesBadFieldsByTheirLabels() {
    String caseNumber = steps.grant(CaseSteps.family());
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(WITHDRAWAL_KEY).count();

    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", caseNumber,
        "requestedOn", LocalDate.now().toString(), "withdrawalNote", "Заявление")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("решение по ходатайству уже принято");
    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", caseNumber,
        "requestedOn", LocalDate.now().plusDays(1).toString(), "withdrawalNote", "")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Дата письменного заявления об отзыве").hasMessageContaining("Примечание");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(WITHDRAWAL_KEY).count())
        .isEqualTo(before);
  }

  @Test
  void departureOfOneMemberLeavesThePetitionForTheOthersAndTheDeathOfTheLastEndsIt() {
    Map<String, Object> family = new HashMap<>(CaseSteps.family());
    List<Object> members = new ArrayList<>((List<?>) family.get("members"));
    members.add(Map.of("role", "spouse", "surname", CaseSteps.uniqueSurname("Керимова"), "givenName", "Зарина",
        "dateOfBirth", "1990-05-02", "sex", "female", "citizenship", "AF", "documentType", "passport",
        "documentNumber", "S" + System.nanoTime() % 1_000_000_000));
    family.put("members", members);
    String caseNumber = steps.file(family);
    String instance = steps.instance(caseNumber);
    List<Long> persons = jdbc.queryForList("select p.id from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ? order by p.id", Long.class, caseNumber);

    ResponseEntity<Map> departed = deregister("caseworker", caseNumber, persons.get(1), "departed");
    assertThat(departed.getStatusCode()).as("%s", departed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(departed.getBody()).containsEntry("caseClosed", false);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    assertThat(steps.task(caseNumber, TASK_INTERVIEW_APPLICANT)).isNotNull();
    assertThat(deregister("caseworker", caseNumber, persons.get(1), "died").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(deregister("caseworker", caseNumber, persons.get(0), "fled").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map> died = deregister("manager", caseNumber, persons.get(0), "died");
    assertThat(died.getBody()).containsEntry("caseClosed", true);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(jdbc.queryForMap("select status, closure_reason from family_case where case_number = ?", caseNumber))
        .containsEntry("STATUS", "CLOSED").containsEntry("CLOSURE_REASON", "died");
    assertThat(jdbc.queryForList("select deregistration_reason from person where id in (?, ?) order by id",
        String.class, persons.get(0), persons.get(1))).containsExactly("death", "left_country");
  }

  @Test
  void nobodyLeavesTheRegisterOfADecidedCaseThroughThisWay() {
    String caseNumber = steps.grant(CaseSteps.family());
    long person = jdbc.queryForObject("select p.id from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ?", Long.class, caseNumber);

    assertThat(deregister("caseworker", caseNumber, person, "departed").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private ResponseEntity<Map> withdraw(String user, String caseNumber, Map<String, Object> body) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/cases/{n}/withdrawal", body, Map.class, caseNumber);
  }

  private ResponseEntity<Map> deregister(String user, String caseNumber, long person, String reason) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/cases/{n}/persons/{p}/deregistration",
        Map.of("reason", reason, "deregisteredOn", LocalDate.now().toString()), Map.class, caseNumber, person);
  }

  /** Submits the start form as the user, with their groups, as Tasklist does. */
  private String startForm(String user, Map<String, Object> fields) {
    identity.setAuthentication(user, List.of(user.equals("manager") ? Roles.MANAGERS : Roles.CASEWORKERS));
    try {
      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(WITHDRAWAL_KEY)
          .latestVersion().singleResult().getId();
      return forms.submitStartForm(definition, fields).getId();
    } finally {
      identity.clearAuthentication();
    }
  }
}
