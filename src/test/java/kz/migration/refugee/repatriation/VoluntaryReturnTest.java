package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.repatriation.ReturnContactGateway.ContactRequest;
import kz.migration.refugee.repatriation.ReturnContactGateway.Traveller;
import kz.migration.refugee.schooling.SchoolReferralProcess;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A recognised family through a voluntary return, on the real application (H2): the API, the forms' server-side
 * checks, the simulated bodies (spied on, to see what leaves the department), the register.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class VoluntaryReturnTest {

  private static final String INTERVIEW = "Заявитель подтвердил желание вернуться без какого-либо давления.";
  private static final String DECISION_REASONS = "Обоснованные опасения преследования по признаку национальности подтверждены.";
  private static final String CLAIM_ACCOUNT = "Заявитель сообщил о преследовании за принадлежность к этнической группе.";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  /** A spy in the shared context ({@link SpiedReturnContactGateway}); its calls are cleared before each test. */
  @Autowired ReturnContactGateway gateway;
  @Autowired kz.migration.refugee.registry.FamilyCases familyCases;

  private CaseSteps steps;
  /** Surname and passport numbers of the last family filed, to look for in the log. */
  private final List<String> personalData = new java.util.ArrayList<>();

  @BeforeEach
  void setUp() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
    clearInvocations(gateway);
  }

  @Test
  void theWholeFamilyReturnsItsStatusEndsAndOnlyIdentityReachedTheOriginCountry(CapturedOutput output) {
    String caseNumber = grantedFamily();
    assertThat(start(caseNumber, true).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    SpinJsonNode options =
        steps.shownJson(steps.task(caseNumber, "Task_ConfirmVoluntariness").getId(), "familyOptions");
    assertThat(options.elements()).hasSize(3);
    confirmVoluntariness(caseNumber, null);
    sendRequests(caseNumber);

    // confidentiality: the origin country's request carries identity and our reference, nothing of the claim
    ArgumentCaptor<ContactRequest> sent = ArgumentCaptor.forClass(ContactRequest.class);
    verify(gateway, atLeastOnce()).request(sent.capture());
    assertThat(sent.getAllValues()).extracting(ContactRequest::body)
        .containsExactlyInAnyOrder(ContactBody.ORIGIN_MIGRATION_SERVICE, ContactBody.UNHCR, ContactBody.IOM);
    ContactRequest origin = sent.getAllValues().stream()
        .filter(r -> r.body() == ContactBody.ORIGIN_MIGRATION_SERVICE).findFirst().orElseThrow();
    assertThat(components(ContactRequest.class)).containsExactly("body", "returnReference", "travellers");
    assertThat(components(Traveller.class)).containsExactly("surname", "givenName", "patronymic", "dateOfBirth", "sex",
        "citizenship", "documentType", "documentNumber");
    assertThat(origin.travellers()).hasSize(3);
    assertThat(origin.toString()).doesNotContain(caseNumber, INTERVIEW, DECISION_REASONS, CLAIM_ACCOUNT,
        "art1-well-founded-fear", "хазарейцы", "GRANTED", "granted");

    // replies: checked field by field, then recorded and the contact goes on
    var missingDate = reply(caseNumber, "unhcr", Map.of("remarks", "Сопровождение обеспечим"));
    assertThat(missingDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(missingDate)).containsKey("repliedOn");
    var saysNothing = reply(caseNumber, "unhcr", Map.of("repliedOn", today()));
    assertThat(saysNothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(saysNothing)).containsKey("remarks");
    assertThat(reply(caseNumber, "embassy", Map.of("repliedOn", today(), "remarks", "x")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("auditor", "demo").postForEntity("/api/cases/{n}/voluntary-return/replies/iom",
        Map.of("repliedOn", today(), "transport", "Авиабилеты"), Map.class, caseNumber).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reply(caseNumber, "origin_migration_service", Map.of("repliedOn", today(),
        "replyReference", "MFA-77", "travelDocuments", "Свидетельства на возвращение выданы", "reception", "Встреча в аэропорту"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(reply(caseNumber, "unhcr", Map.of("repliedOn", today(), "remarks", "Мониторинг возвращения"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(reply(caseNumber, "iom", Map.of("repliedOn", today(), "transport", "Рейс Алматы — Кабул"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(reply(caseNumber, "iom", Map.of("repliedOn", today(), "transport", "ещё раз")).getStatusCode())
        .as("no second reply once answered").isEqualTo(HttpStatus.CONFLICT);

    Map<?, ?> view = view(caseNumber, "auditor");
    assertThat((List<?>) view.get("contacts")).hasSize(3).allSatisfy(c -> assertThat(((Map<?, ?>) c).get("repliedOn")).isEqualTo(today()));

    var future = Map.<String, Object>of("departure", "departed", "departedOn", LocalDate.now().plusDays(1).toString());
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_ConfirmDeparture", "caseworker", future))
        .satisfies(VoluntaryReturnTest::rejectedByTheForm).hasMessageContaining("«Дата выезда»");
    steps.complete(caseNumber, "Task_ConfirmDeparture", "caseworker", Map.of("departure", "departed", "departedOn", today()));

    long caseId = caseId(caseNumber);
    assertThat(jdbc.queryForList("select deregistration_reason from person where case_id = ?", String.class, caseId))
        .hasSize(3).containsOnly("voluntary_return");
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId)).isEqualTo("DEREGISTERED");
    assertThat(jdbc.queryForList("select status from certificate where case_id = ? and type = 'REFUGEE'", String.class, caseId))
        .isNotEmpty().containsOnly("INVALIDATED");
    assertThat(jdbc.queryForObject("select count(*) from decision_log where kind = 'DEREGISTERED' and case_number = ?",
        Long.class, caseNumber)).isEqualTo(1);
    Map<?, ?> done = view(caseNumber, "caseworker");
    assertThat(done.get("outcome")).isEqualTo("RETURNED");
    assertThat(done.get("departureOn")).isEqualTo(today());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    assertThat(personalData).hasSize(3);
    assertThat(output.getAll()).as("no personal data in the log").doesNotContain(personalData).doesNotContain(INTERVIEW);
  }

  @Test
  void whenSomeMembersReturnOnlyTheyLeaveTheRegisterAndTheFamilyKeepsItsStatus() {
    String caseNumber = grantedFamily();
    start(caseNumber, false);
    long caseId = caseId(caseNumber);
    long spouse = jdbc.queryForObject("select id from person where case_id = ? and role = 'SPOUSE'", Long.class, caseId);

    var nobody = interview("confirmed", null);
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_ConfirmVoluntariness", "caseworker", nobody))
        .satisfies(VoluntaryReturnTest::rejectedByTheForm).hasMessageContaining("«Возвращающиеся члены семьи»");
    confirmVoluntariness(caseNumber, spouse);
    sendRequests(caseNumber);
    for (String body : List.of("origin_migration_service", "unhcr", "iom")) {
      assertThat(reply(caseNumber, body, Map.of("repliedOn", today(), "remarks", "Готово")).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    steps.complete(caseNumber, "Task_ConfirmDeparture", "caseworker", Map.of("departure", "departed", "departedOn", today()));

    assertThat(jdbc.queryForObject("select deregistration_reason from person where id = ?", String.class, spouse))
        .isEqualTo("voluntary_return");
    assertThat(jdbc.queryForObject("select count(*) from person where case_id = ? and deregistered_on is null",
        Long.class, caseId)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId)).isEqualTo("GRANTED");
  }

  @Test
  void noDepartureWhileAnAppealAgainstAnEndOfStatusIsPending() {
    String caseNumber = grantedFamily();
    start(caseNumber, true);
    long caseId = caseId(caseNumber);
    confirmVoluntariness(caseNumber, null);
    sendRequests(caseNumber);
    for (String body : List.of("origin_migration_service", "unhcr", "iom")) {
      reply(caseNumber, body, Map.of("repliedOn", today(), "remarks", "Готово"));
    }
    // the recheck's end of status is under appeal: the registry's one rule holds the family on the register
    familyCases.appealLodgedWhileRecognised(caseId);

    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_ConfirmDeparture", "caseworker",
        Map.of("departure", "departed", "departedOn", today())))
        .hasStackTraceContaining("подана жалоба").hasStackTraceContaining("никто не снимается с учёта");
    assertThat(jdbc.queryForObject("select count(*) from person where case_id = ? and deregistered_on is null",
        Long.class, caseId)).isEqualTo(3);

    familyCases.appealDecided(caseId);
    tasks.setAssignee(steps.task(caseNumber, "Task_ConfirmDeparture").getId(), null);
    steps.complete(caseNumber, "Task_ConfirmDeparture", "caseworker", Map.of("departure", "departed", "departedOn", today()));
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId))
        .isEqualTo("DEREGISTERED");
  }

  @Test
  void aWithdrawnRequestLeavesTheFamilyRegisteredAndAnotherReturnMayBeOpenedLater() {
    String caseNumber = grantedFamily();
    start(caseNumber, true);
    confirmVoluntariness(caseNumber, null);
    sendRequests(caseNumber);

    var noReason = withdraw(caseNumber, Map.of("withdrawnOn", today()));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(noReason)).containsKey("withdrawalReason");
    assertThat(withdraw(caseNumber, Map.of("withdrawnOn", today(), "withdrawalReason", "Семья решила остаться"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    long caseId = caseId(caseNumber);
    // the family stays: its boy of school age keeps his referral to school
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyNotIn(SchoolReferralProcess.KEY).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from person where case_id = ? and deregistered_on is null",
        Long.class, caseId)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select status from family_case where id = ?", String.class, caseId)).isEqualTo("GRANTED");
    assertThat(jdbc.queryForList("select status from certificate where case_id = ? and type = 'REFUGEE'", String.class, caseId))
        .contains("VALID");
    assertThat(view(caseNumber, "caseworker").get("outcome")).isEqualTo("WITHDRAWN");
    assertThat(withdraw(caseNumber, Map.of("withdrawnOn", today(), "withdrawalReason", "ещё раз")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(start(caseNumber, true).getStatusCode()).as("a later request").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void onlyARecognisedFamilyMayReturnAndBadInputIsRefusedByFieldWithNothingWritten() {
    long before = returns();
    String applicants = steps.file(CaseSteps.family());
    var refused = start(applicants, true);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).containsKey("caseNumber");

    String caseNumber = grantedFamily();
    var future = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/voluntary-return",
        Map.of("requestedOn", LocalDate.now().plusDays(3).toString(), "requestReference", "ВХ-1", "wholeFamily", true),
        Map.class, caseNumber);
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(future)).containsKey("requestedOn");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY,
        Map.of("caseNumber", caseNumber, "requestedOn", today(), "wholeFamily", true)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("«Входящий номер заявления»");
    assertThat(returns()).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseNumber).count()).isZero();

    start(caseNumber, true);
    var noSummary = new HashMap<>(interview("confirmed", null));
    noSummary.remove("interviewSummary");
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_ConfirmVoluntariness", "caseworker", noSummary))
        .satisfies(VoluntaryReturnTest::rejectedByTheForm).hasMessageContaining("«Запись собеседования»");
    var withdrawnWithoutReason = interview("withdrawn", null);
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_ConfirmVoluntariness", "caseworker", withdrawnWithoutReason))
        .satisfies(VoluntaryReturnTest::rejectedByTheForm).hasMessageContaining("«Причина отказа»");
    assertThat(jdbc.queryForObject("select count(*) from voluntary_return where case_id = ? and interview_date is null",
        Long.class, caseId(caseNumber))).as("nothing of the rejected interviews written").isEqualTo(1);
    assertThat(steps.task(caseNumber, "Task_ConfirmVoluntariness")).isNotNull();
  }

  @Test
  void aFamilyNeverHasTwoOpenReturns() {
    String caseNumber = grantedFamily();
    assertThat(start(caseNumber, true).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var second = start(caseNumber, false);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(second)).containsKey("caseNumber");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);

    // the database decides, whatever the application checked before
    long caseId = caseId(caseNumber);
    assertThatThrownBy(() -> jdbc.update("insert into voluntary_return (case_id, open_case_id, requested_on, "
        + "request_reference, whole_family, requested_by, requested_at) values (?, ?, current_date, 'X', true, 'x', "
        + "current_timestamp)", caseId, caseId)).isInstanceOf(DataIntegrityViolationException.class);
  }

  // ---------------------------------------------------------------------------------------------------------

  private String grantedFamily() {
    String caseNumber = steps.file(familyOfThree());
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate", today(),
        "interviewLanguage", "fa", "interviewSummary", CLAIM_ACCOUNT));
    steps.runAgencyChecks(caseNumber);
    steps.assessEach(caseNumber, "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    steps.decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear",
        DECISION_REASONS);
    assertThat(jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber))
        .isEqualTo("GRANTED");
    return caseNumber;
  }

  private ResponseEntity<Map> start(String caseNumber, boolean wholeFamily) {
    return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/voluntary-return",
        Map.of("requestedOn", today(), "requestReference", "ВХ-" + ThreadLocalRandom.current().nextInt(100000),
            "wholeFamily", wholeFamily), Map.class, caseNumber);
  }

  private void confirmVoluntariness(String caseNumber, Long onlyMember) {
    steps.complete(caseNumber, "Task_ConfirmVoluntariness", "caseworker", interview("confirmed", onlyMember));
  }

  private static Map<String, Object> interview(String voluntariness, Long onlyMember) {
    Map<String, Object> form = new HashMap<>(Map.of("voluntariness", voluntariness, "interviewDate", today(),
        "interviewSummary", INTERVIEW));
    if (onlyMember != null) {
      form.put("returningMembers", Spin.JSON("[" + onlyMember + "]"));
    }
    return form;
  }

  /** The requests wait in asynchronous jobs, one per body; runs them as the job executor would. */
  private void sendRequests(String caseNumber) {
    List<Job> jobs = management.createJobQuery().processInstanceId(steps.instance(caseNumber)).messages().list();
    assertThat(jobs).hasSize(3);
    jobs.forEach(job -> management.executeJob(job.getId()));
    verify(gateway, atLeastOnce()).request(any());
  }

  private ResponseEntity<Map> reply(String caseNumber, String body, Map<String, Object> reply) {
    return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/voluntary-return/replies/{b}",
        reply, Map.class, caseNumber, body);
  }

  private ResponseEntity<Map> withdraw(String caseNumber, Map<String, Object> withdrawal) {
    return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/voluntary-return/withdrawal",
        withdrawal, Map.class, caseNumber);
  }

  private Map<?, ?> view(String caseNumber, String user) {
    ResponseEntity<Map> response = http.withBasicAuth(user, "demo").getForEntity("/api/cases/{n}/voluntary-return",
        Map.class, caseNumber);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private long caseId(String caseNumber) {
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }

  private long returns() {
    return jdbc.queryForObject("select count(*) from voluntary_return", Long.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> errors(ResponseEntity<Map> response) {
    assertThat(response.getBody()).as("problem details").containsKey("errors");
    return (Map<String, Object>) response.getBody().get("errors");
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
  }

  private static String today() {
    return LocalDate.now().toString();
  }

  /** Tasklist and engine REST show this as the form's error; the Java API wraps it once. */
  private static void rejectedByTheForm(Throwable e) {
    Throwable t = e;
    while (t != null && !(t instanceof BadUserRequestException)) {
      t = t.getCause();
    }
    assertThat(t).as("a BadUserRequestException in the cause chain of %s", e).isNotNull();
  }

  private Map<String, Object> familyOfThree() {
    String surname = CaseSteps.uniqueSurname("Хайдари");
    var random = ThreadLocalRandom.current();
    int year = 1960 + random.nextInt(30);
    String headPassport = "P" + random.nextInt(1_000_000_000);
    String spousePassport = "S" + random.nextInt(1_000_000_000);
    personalData.clear();
    personalData.addAll(List.of(surname, headPassport, spousePassport));
    return Map.of("arrivalDate", LocalDate.now().minusDays(3).toString(), "filingDate", today(), "language", "fa",
        "address", "Центр временного размещения, Алматы",
        "members", List.of(
            member("head", surname, "Мохаммад", year + "-01-15", "male", headPassport),
            member("spouse", surname, "Фатима", (year + 2) + "-06-02", "female", spousePassport),
            member("child", surname, "Али", "2012-09-10", "male", null)));
  }

  private static Map<String, Object> member(String role, String surname, String given, String born, String sex,
      String passport) {
    var m = new HashMap<String, Object>(Map.of("role", role, "surname", surname, "givenName", given,
        "dateOfBirth", born, "sex", sex, "citizenship", "AF", "ethnicity", "хазарейцы"));
    if (passport != null) {
      m.put("documentType", "passport");
      m.put("documentNumber", passport);
    }
    return m;
  }
}
