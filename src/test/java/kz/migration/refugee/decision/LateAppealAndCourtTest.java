package kz.migration.refugee.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.ConflictException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
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
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * An appeal after the window is recorded and a manager accepts or refuses the lateness; after an appeal upheld the
 * applicant may go to court, and while the court decides nothing closes the case or removes anyone.
 */
@ApplicationTest
class LateAppealAndCourtTest {

  private static final String LATE_GROUNDS = "Заявитель находился на лечении и не мог подать жалобу в срок.";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired FamilyCases familyCases;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;

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
  void aLateAppealRefusedWithAReasonIsRecordedAndNothingElseChanges() {
    String caseNumber = refusedCase();
    long caseId = caseId(caseNumber);
    steps.serveRefusal(caseNumber);
    windowPassed(caseNumber);

    // the window is over, but the process has not closed the case yet: the refusal is not final
    ResponseEntity<Map> early = appeal(caseNumber, LocalDate.now());
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) early.getBody().get("detail")).contains("не вступил в силу");

    closeAtTheEndOfTheWindow(caseNumber);
    assertThat(status(caseId)).containsEntry("STATUS", "CLOSED");

    ResponseEntity<Map> late = appeal(caseNumber, LocalDate.now());
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(late.getBody()).containsEntry("late", true);
    assertThat(jdbc.queryForMap("select late, recorded_by, grounds from appeal where case_id = ?", caseId))
        .containsEntry("LATE", true).containsEntry("RECORDED_BY", "caseworker").containsEntry("GROUNDS", LATE_GROUNDS);
    // one late appeal at a time; the lodging itself changes nothing
    assertThat(appeal(caseNumber, LocalDate.now()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(status(caseId)).containsEntry("STATUS", "CLOSED").containsEntry("APPEAL_PENDING", false);
    assertThat(steps.task(caseNumber, "Task_ReviewLateAppeal").getDueDate()).isNotNull();

    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_ReviewLateAppeal", "manager", Map.of(
        "lateAppealDecision", "refused", "lateAppealReasons", "Нет")))
        .hasStackTraceContaining("от 20 символов");
    tasks.setAssignee(steps.task(caseNumber, "Task_ReviewLateAppeal").getId(), null);
    steps.complete(caseNumber, "Task_ReviewLateAppeal", "manager", Map.of("lateAppealDecision", "refused",
        "lateAppealReasons", "Справка о лечении не охватывает срок обжалования."));

    assertThat(jdbc.queryForMap("select late_decision, late_reasons, late_decided_by, outcome from appeal "
        + "where case_id = ?", caseId))
        .containsEntry("LATE_DECISION", "REFUSED").containsEntry("LATE_DECIDED_BY", "manager")
        .containsEntry("LATE_REASONS", "Справка о лечении не охватывает срок обжалования.")
        .containsEntry("OUTCOME", null);
    assertThat(status(caseId)).containsEntry("STATUS", "CLOSED").containsEntry("APPEAL_PENDING", false);
    assertThat(validCertificates(caseId)).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    assertThat(logged(caseNumber)).containsSubsequence("PETITION_DECIDED", "LATE_APPEAL_REVIEWED");
    // the reasons live in the data bank only, never in engine history
    assertThat(history.createHistoricVariableInstanceQuery().variableName("lateAppealReasons").count()).isZero();

    String page = http.withBasicAuth("manager", "demo").getForEntity("/cases/{n}", String.class, caseNumber).getBody();
    assertThat(page).contains("после истечения срока обжалования", "Пропуск срока не признан уважительным",
        "Справка о лечении не охватывает срок обжалования.");
  }

  @Test
  void aLateAppealAcceptedReopensTheCaseAndIsDecidedByAnotherManager() {
    String caseNumber = refusedCase();
    long caseId = caseId(caseNumber);
    steps.serveRefusal(caseNumber);
    windowPassed(caseNumber);
    closeAtTheEndOfTheWindow(caseNumber);
    assertThat(appeal(caseNumber, LocalDate.now()).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    steps.complete(caseNumber, "Task_ReviewLateAppeal", "manager2", Map.of("lateAppealDecision", "accepted",
        "lateAppealReasons", "Справка подтверждает стационарное лечение весь срок обжалования."));

    // the refusal is not final while the appeal is decided: the case is under appeal, the applicant seeks asylum again
    assertThat(status(caseId)).containsEntry("STATUS", "APPEAL").containsEntry("APPEAL_PENDING", true);
    assertThat(validCertificates(caseId)).isOne();
    assertThat(jdbc.queryForObject("select late_decision from appeal where case_id = ?", String.class, caseId))
        .isEqualTo("ACCEPTED");
    assertThatThrownBy(() -> familyCases.close(caseId)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("подана жалоба");

    // decided as an appeal in time, by a manager other than the one who refused
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_DecideAppeal", "manager", Map.of(
        "appealOutcome", "overturned", "appealReasons", "Доводы о преследовании не были проверены.")))
        .hasStackTraceContaining("manager");
    tasks.setAssignee(steps.task(caseNumber, "Task_DecideAppeal").getId(), null);
    steps.complete(caseNumber, "Task_DecideAppeal", "manager2", Map.of("appealOutcome", "overturned",
        "appealReasons", "Доводы о преследовании не были проверены."));

    assertThat(status(caseId)).containsEntry("STATUS", "UNDER_REVIEW").containsEntry("APPEAL_PENDING", false);
    assertThat(steps.task(caseNumber, "Task_DecidePetition")).isNotNull();
    assertThat(jdbc.queryForObject("select outcome from appeal where case_id = ?", String.class, caseId))
        .isEqualTo("OVERTURNED");
  }

  @Test
  void aPendingCourtAppealBlocksClosureWithdrawalDeregistrationAndDepartureUntilTheCourtUpholds() {
    String caseNumber = appealUpheld();
    long caseId = caseId(caseNumber);
    long person = jdbc.queryForObject("select id from person where case_id = ?", Long.class, caseId);
    // upheld, the refusal is not final yet: the court-appeal period runs
    assertThat(status(caseId)).containsEntry("STATUS", "APPEAL").containsEntry("APPEAL_PENDING", false);
    assertThat(steps.task(caseNumber, "Task_RegisterCourtAppeal").getDueDate()).isNotNull();

    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_RegisterCourtAppeal", "caseworker", Map.of(
        "courtName", "Специализированный межрайонный административный суд г. Алматы",
        "courtAppealLodgedOn", LocalDate.now().minusYears(1).toString())))
        .hasStackTraceContaining("раньше решения по жалобе");
    tasks.setAssignee(steps.task(caseNumber, "Task_RegisterCourtAppeal").getId(), null);
    steps.complete(caseNumber, "Task_RegisterCourtAppeal", "caseworker", Map.of(
        "courtName", "Специализированный межрайонный административный суд г. Алматы",
        "courtAppealLodgedOn", LocalDate.now().toString()));

    assertThat(status(caseId)).containsEntry("STATUS", "APPEAL").containsEntry("APPEAL_PENDING", true);
    assertThat(validCertificates(caseId)).as("the asylum-seeker certificate stays valid").isOne();
    assertThatThrownBy(() -> familyCases.close(caseId)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("подана жалоба");
    assertThatThrownBy(() -> familyCases.deregister(caseId, List.of(person), DeregistrationReason.VOLUNTARY_RETURN,
        LocalDate.now(), "manager")).isInstanceOf(ConflictException.class).hasMessageContaining("подана жалоба");
    ResponseEntity<Map> withdrawal = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/withdrawal", Map.of("requestedOn", LocalDate.now().toString(), "note", "Заявление"),
        Map.class, caseNumber);
    assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) withdrawal.getBody().get("detail")).contains("подана жалоба");
    ResponseEntity<Map> departure = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/persons/{p}/deregistration",
        Map.of("reason", "departed", "deregisteredOn", LocalDate.now().toString()), Map.class, caseNumber, person);
    assertThat(departure.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) departure.getBody().get("detail")).contains("подана жалоба");

    steps.complete(caseNumber, "Task_RecordCourtDecision", "caseworker", Map.of("courtOutcome", "upheld",
        "courtDecidedOn", LocalDate.now().toString()));

    assertThat(status(caseId)).containsEntry("STATUS", "CLOSED").containsEntry("APPEAL_PENDING", false);
    assertThat(jdbc.queryForMap("select court_name, outcome, recorded_by, outcome_recorded_by from court_appeal "
        + "where case_id = ?", caseId))
        .containsEntry("OUTCOME", "UPHELD").containsEntry("RECORDED_BY", "caseworker")
        .containsEntry("OUTCOME_RECORDED_BY", "caseworker");
    assertThat(logged(caseNumber)).containsSubsequence("APPEAL_DECIDED", "COURT_DECISION_RECORDED");
    String page = http.withBasicAuth("manager", "demo").getForEntity("/cases/{n}", String.class, caseNumber).getBody();
    assertThat(page).contains("Обращения в суд", "Специализированный межрайонный административный суд г. Алматы",
        "суд оставил отказ в силе");
  }

  @Test
  void aCourtOverturningTheRefusalReopensTheExamination() {
    String caseNumber = appealUpheld();
    long caseId = caseId(caseNumber);
    steps.complete(caseNumber, "Task_RegisterCourtAppeal", "caseworker", Map.of(
        "courtName", "Специализированный межрайонный административный суд г. Алматы",
        "courtAppealLodgedOn", LocalDate.now().toString()));

    steps.complete(caseNumber, "Task_RecordCourtDecision", "manager", Map.of("courtOutcome", "overturned",
        "courtDecidedOn", LocalDate.now().toString()));

    assertThat(status(caseId)).containsEntry("STATUS", "UNDER_REVIEW").containsEntry("APPEAL_PENDING", false);
    assertThat(steps.task(caseNumber, "Task_DecidePetition")).isNotNull();
    assertThat(jdbc.queryForObject("select outcome from court_appeal where case_id = ?", String.class, caseId))
        .isEqualTo("OVERTURNED");
  }

  @Test
  void withoutACourtAppealInThePeriodTheRefusalUpheldIsFinal() {
    String caseNumber = appealUpheld();

    Job period = management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Timer_CourtAppealPeriodExpired").singleResult();
    management.executeJob(period.getId());

    assertThat(status(caseId(caseNumber))).containsEntry("STATUS", "CLOSED");
  }

  @Test
  void aPartlyGrantedFamilysLateAppealFromTasklistReturnsTheRefusedMemberToTheRegisterWhileItIsDecided() {
    String caseNumber = partlyGranted();
    long caseId = caseId(caseNumber);
    steps.serveRefusal(caseNumber);
    windowPassed(caseNumber);
    closeAtTheEndOfTheWindow(caseNumber);
    long spouse = steps.memberId(caseNumber, "Зарина");
    assertThat(jdbc.queryForMap("select deregistration_reason from person where id = ?", spouse))
        .containsEntry("DEREGISTRATION_REASON", "refused");

    // the Tasklist action, by the rules of the API: a date before the service is refused on the form; one in the
    // window, received only now that the refusal is final, is recorded for the manager as one after the window
    assertThatThrownBy(() -> lateAppealForm(caseNumber, LocalDate.now().minusYears(1)))
        .hasMessageContaining("до вручения уведомления");
    lateAppealForm(caseNumber, LocalDate.now().minusDays(5));
    assertThat(jdbc.queryForObject("select recorded_by from appeal where case_id = ? and late = true", String.class,
        caseId)).isEqualTo("caseworker");

    steps.complete(caseNumber, "Task_ReviewLateAppeal", "manager2", Map.of("lateAppealDecision", "accepted",
        "lateAppealReasons", "Справка подтверждает стационарное лечение весь срок обжалования."));

    // the family stays recognised; the refused spouse is back on the register, with a certificate, until decided
    assertThat(status(caseId)).containsEntry("STATUS", "GRANTED").containsEntry("APPEAL_PENDING", true);
    assertThat(jdbc.queryForMap("select deregistered_on, deregistration_reason from person where id = ?", spouse))
        .containsEntry("DEREGISTERED_ON", null).containsEntry("DEREGISTRATION_REASON", null);
    assertThat(jdbc.queryForObject("select count(*) from certificate where holder_id = ? and type = 'ASYLUM_SEEKER' "
        + "and status = 'VALID'", Integer.class, spouse)).isOne();

    steps.complete(caseNumber, "Task_DecideAppeal", "manager2", Map.of("appealOutcome", "upheld",
        "appealReasons", "Собственных оснований у супруги не установлено."));
    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Timer_CourtAppealPeriodExpired").singleResult().getId());

    // final again: the spouse leaves the register as refused, the family stays recognised
    assertThat(status(caseId)).containsEntry("STATUS", "GRANTED").containsEntry("APPEAL_PENDING", false);
    assertThat(jdbc.queryForMap("select deregistration_reason from person where id = ?", spouse))
        .containsEntry("DEREGISTRATION_REASON", "refused");
  }

  /** Head and spouse: the head granted, the spouse refused on her own grounds. */
  private String partlyGranted() {
    var random = ThreadLocalRandom.current();
    String surname = CaseSteps.uniqueSurname("Рахимов");
    var head = Map.<String, Object>of("role", "head", "surname", surname, "givenName", "Фарид",
        "dateOfBirth", "1975-03-11", "sex", "male", "citizenship", "AF",
        "documentType", "passport", "documentNumber", "K" + random.nextInt(1_000_000_000));
    var spouse = Map.<String, Object>of("role", "spouse", "surname", surname, "givenName", "Зарина",
        "dateOfBirth", "1980-05-02", "sex", "female", "citizenship", "AF",
        "documentType", "passport", "documentNumber", "K" + random.nextInt(1_000_000_000));
    String caseNumber = steps.file(Map.of("arrivalDate", LocalDate.now().minusDays(2).toString(),
        "filingDate", LocalDate.now().toString(), "language", "ru", "address", "Центр временного размещения, Алматы",
        "members", List.of(head, spouse)));
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании за политические взгляды."));
    steps.runAgencyChecks(caseNumber);
    steps.assessEach(caseNumber, "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны.", "credibility", "credible", "wellFoundedFear", true,
        "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    com.fasterxml.jackson.databind.node.ArrayNode rows = new com.fasterxml.jackson.databind.ObjectMapper()
        .createArrayNode();
    for (JsonNode p : steps.decisionSheet(caseNumber).path("persons")) {
      boolean isHead = p.path("role").asText().toLowerCase().contains("глава");
      rows.addObject().put("personId", p.path("personId").asLong())
          .put("outcome", isHead ? "granted" : "refused")
          .put("legalGround", isHead ? "art1-well-founded-fear" : "art12-no-well-founded-fear")
          .put("reasons", isHead ? "Обоснованные опасения преследования подтверждены."
              : "Собственных опасений преследования не установлено.");
    }
    steps.complete(caseNumber, "Task_DecidePetition", "manager",
        Map.of("personDecisions", SpinValues.jsonValue(rows.toString()).create()));
    return caseNumber;
  }

  /** Submits «Поздняя жалоба на отказ» as caseworker, as Tasklist does. */
  private void lateAppealForm(String caseNumber, LocalDate lodgedOn) {
    identity.setAuthentication("caseworker", List.of(Roles.CASEWORKERS));
    try {
      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PetitionProcess.LATE_APPEAL_KEY)
          .latestVersion().singleResult().getId();
      forms.submitStartForm(definition, Map.of("caseNumber", caseNumber, "lateAppealLodgedOn", lodgedOn.toString(),
          "lateAppealGrounds", LATE_GROUNDS));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Refused, served, appealed in time and the appeal upheld: the court-appeal period runs. */
  private String appealUpheld() {
    String caseNumber = refusedCase();
    steps.serveRefusal(caseNumber);
    assertThat(appeal(caseNumber, LocalDate.now()).getBody()).containsEntry("late", false);
    steps.complete(caseNumber, "Task_DecideAppeal", "manager2", Map.of("appealOutcome", "upheld",
        "appealReasons", "Новые документы не меняют оценку опасений преследования."));
    return caseNumber;
  }

  /** The window, from a service a month and ten days ago, ended yesterday (as the data bank has it). */
  private void windowPassed(String caseNumber) {
    jdbc.update("update decision set notified_on = ?, appeal_due_on = ? where case_id = ?",
        LocalDate.now().minusMonths(1).minusDays(10), LocalDate.now().minusDays(1), caseId(caseNumber));
  }

  /** The window's timer fires: the refusal is final, the case closed. */
  private void closeAtTheEndOfTheWindow(String caseNumber) {
    Job window = management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Timer_AppealWindowExpired").singleResult();
    management.executeJob(window.getId());
  }

  private ResponseEntity<Map> appeal(String caseNumber, LocalDate lodgedOn) {
    return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/appeals",
        Map.of("lodgedOn", lodgedOn.toString(), "grounds", LATE_GROUNDS), Map.class, caseNumber);
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

  private Map<String, Object> status(long caseId) {
    return jdbc.queryForMap("select status, appeal_pending from family_case where id = ?", caseId);
  }

  private int validCertificates(long caseId) {
    return jdbc.queryForObject("select count(*) from certificate where case_id = ? and type = 'ASYLUM_SEEKER' "
        + "and status = 'VALID'", Integer.class, caseId);
  }

  /** The kinds of the case's decision log entries, in order. */
  private List<String> logged(String caseNumber) {
    return jdbc.queryForList("select kind from decision_log where case_number = ? order by sequence_no", String.class,
        caseNumber);
  }

  private long caseId(String caseNumber) {
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }
}
