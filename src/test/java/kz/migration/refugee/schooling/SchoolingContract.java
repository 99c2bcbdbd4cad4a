package kz.migration.refugee.schooling;

import static kz.migration.refugee.schooling.SchoolReferralProcess.KEY;
import static kz.migration.refugee.schooling.SchoolReferralProcess.PERSON_ID;
import static kz.migration.refugee.schooling.SchoolReferralProcess.TASK_RECORD_SCHOOL_ENROLMENT;
import static kz.migration.refugee.schooling.SchoolReferralProcess.TASK_REFER_CHILD_TO_SCHOOL;
import static kz.migration.refugee.schooling.SchoolReferralProcess.TIMER_NO_ENROLMENT_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.recheck.RecheckScheduler;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Children's referrals to school through the real services, on H2 ({@link SchoolingTest}) and PostgreSQL
 * ({@link SchoolingPostgresTest}): started at registration only for children of school age, again at recognition and
 * at the annual recheck once the earlier one is closed,
 * recorded from Tasklist's two steps (enrolled, refused with the reason, not needed with the reason), bad input
 * refused naming the field with nothing written, the reminder raising the open step, the child's leaving the register
 * ending the referral, the case page's «Школа», and the figures on a known register.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
abstract class SchoolingContract {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired RecheckScheduler rechecks;

  private final ObjectMapper json = new ObjectMapper();
  private final LocalDate today = LocalDate.now();
  /** 1 September of the current school year: ages are counted on it. */
  private final LocalDate schoolYear = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1,
      9, 1);
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
  void registrationStartsAReferralForTheSevenYearOldOnlyNotForTheThreeOrTheEighteenYearOld() throws Exception {
    String caseNumber = steps.fileOnly(family());
    long seven = steps.memberId(caseNumber, "Зухра");

    List<ProcessInstance> referrals = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseNumber).list();
    assertThat(referrals).hasSize(1);
    assertThat(runtime.getVariable(referrals.get(0).getId(), PERSON_ID.name())).isEqualTo(seven);

    Task task = task(caseNumber, TASK_REFER_CHILD_TO_SCHOOL);
    // the task names the child's age, the form the child
    assertThat(task.getName()).isEqualTo("Направить ребёнка в школу (7 лет)");
    assertThat(steps.shownText(task.getId(), "schoolChild")).contains("Зухра", "7 лет",
        "регистрация ходатайства");
    assertThat(history.createHistoricVariableInstanceQuery().variableName("schoolChild").count()).isZero();
    assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("caseworkers"));

    JsonNode listed = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("personId").asLong()).isEqualTo(seven);
    assertThat(listed.get(0).get("trigger").asText()).isEqualTo("REGISTRATION");
    assertThat(listed.get(0).get("outcome").isNull()).isTrue();
  }

  @Test
  void aChildIsReferredAgainAtRecognitionAndAtTheAnnualRecheckOnceTheEarlierReferralIsClosed() throws Exception {
    String caseNumber = steps.file(family());
    complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "not_needed",
        "notNeededReason", "Семья устроила девочку в школу сама"));

    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate", today.toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявитель сообщил о преследовании за убеждения."));
    steps.runAgencyChecks(caseNumber);
    steps.assessEach(caseNumber, "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"));
    steps.decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear",
        "Обоснованные опасения преследования по признаку убеждений подтверждены.");

    JsonNode referrals = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals");
    assertThat(referrals).hasSize(2);
    assertThat(referrals.get(1).get("trigger").asText()).isEqualTo("RECOGNITION");
    assertThat(referrals.get(1).get("personId").asLong()).isEqualTo(steps.memberId(caseNumber, "Зухра"));
    complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "referred",
        "schoolId", get("caseworker", "/api/schools").get(0).get("id").asText(), "referredOn", today.toString()));
    complete(caseNumber, TASK_RECORD_SCHOOL_ENROLMENT, Map.of("enrolment", "enrolled", "enrolmentOn", today.toString()));

    // a year on, the recheck extends the family's certificates
    LocalDate expires = today.plusDays(10);
    jdbc.update("update certificate set valid_until = ? where type = 'REFUGEE' and status = 'VALID'"
        + " and case_id = (select id from family_case where case_number = ?)", expires, caseNumber);
    rechecks.run();
    management.createJobQuery().processDefinitionKey("annual-recheck").messages().list()
        .forEach(job -> management.executeJob(job.getId()));
    steps.complete(caseNumber, "Task_VerifyCircumstances", "caseworker", new HashMap<>(Map.of(
        "residenceConfirmed", true, "newNationality", false, "reavailedProtection", false, "exclusionFacts", false,
        "circumstances", "Проживает по месту учёта, обстоятельства не изменились.", "recheckOutcome", "extend",
        "newValidFrom", expires.plusDays(1).toString(), "newValidUntil", expires.plusDays(1).plusYears(1).toString())));

    referrals = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals");
    assertThat(referrals).extracting(r -> r.get("trigger").asText() + "/" + r.get("outcome").asText())
        .containsExactly("REGISTRATION/NOT_NEEDED", "RECOGNITION/ENROLLED", "RECHECK/null");
    assertThat(task(caseNumber, TASK_REFER_CHILD_TO_SCHOOL)).isNotNull();
  }

  @Test
  void aChildReferredToASchoolOfTheListIsEnrolledAndThePageShowsIt() throws Exception {
    String caseNumber = steps.fileOnly(family());
    JsonNode school = get("caseworker", "/api/schools").get(0);
    complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "referred",
        "schoolId", school.get("id").asText(), "referredOn", today.toString()));

    Task outcome = task(caseNumber, TASK_RECORD_SCHOOL_ENROLMENT);
    assertThat(outcome.getName()).isEqualTo("Записать результат зачисления (7 лет)");
    assertThat(steps.shownText(outcome.getId(), "schoolChild")).contains(school.get("name").asText());
    complete(caseNumber, TASK_RECORD_SCHOOL_ENROLMENT, Map.of("enrolment", "enrolled", "enrolmentOn", today.toString()));

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNumber)
        .count()).isZero();
    JsonNode referral = get("manager", "/api/cases/" + caseNumber + "/school-referrals").get(0);
    assertThat(referral.get("schoolId").asLong()).isEqualTo(school.get("id").asLong());
    assertThat(referral.get("schoolName").asText()).isEqualTo(school.get("name").asText());
    assertThat(referral.get("outcome").asText()).isEqualTo("ENROLLED");
    assertThat(referral.get("recordedBy").asText()).isEqualTo("caseworker");

    String page = http.withBasicAuth("auditor", "demo").getForObject("/cases/{n}", String.class, caseNumber);
    assertThat(page).contains("id=\"school\"", school.get("name").asText(), "зачислен(а)", "регистрация ходатайства");
  }

  @Test
  void aRefusalNeedsItsReasonAndIsRecordedWithIt() throws Exception {
    String caseNumber = steps.fileOnly(family());
    complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "referred", "schoolId", "other",
        "schoolName", "Частная школа «Болашак»", "referredOn", today.toString()));

    assertThatThrownBy(() -> complete(caseNumber, TASK_RECORD_SCHOOL_ENROLMENT,
        Map.of("enrolment", "refused", "enrolmentOn", today.toString())))
        .satisfies(SchoolingContract::rejectedByTheForm).hasMessageContaining("Причина отказа");
    assertThat(task(caseNumber, TASK_RECORD_SCHOOL_ENROLMENT)).as("still open").isNotNull();
    assertThat(jdbc.queryForObject("""
        select count(*) from school_referral r join family_case c on c.id = r.case_id
         where c.case_number = ? and r.outcome is not null""", Long.class, caseNumber)).isZero();

    complete(caseNumber, TASK_RECORD_SCHOOL_ENROLMENT, Map.of("enrolment", "refused", "enrolmentOn",
        today.toString(), "refusalReason", "Нет мест в классе"));
    JsonNode referral = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals").get(0);
    assertThat(referral.get("schoolId").isNull()).isTrue();
    assertThat(referral.get("schoolName").asText()).isEqualTo("Частная школа «Болашак»");
    assertThat(referral.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(referral.get("outcomeReason").asText()).isEqualTo("Нет мест в классе");
  }

  @Test
  void aReferralNotNeededNeedsItsReasonAndEndsTheReferral() throws Exception {
    String caseNumber = steps.fileOnly(family());
    assertThatThrownBy(() -> complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "not_needed")))
        .satisfies(SchoolingContract::rejectedByTheForm).hasMessageContaining("Почему направление не требуется");

    complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "not_needed",
        "notNeededReason", "Уже учится в школе № 12"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNumber)
        .count()).isZero();
    JsonNode referral = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals").get(0);
    assertThat(referral.get("outcome").asText()).isEqualTo("NOT_NEEDED");
    assertThat(referral.get("outcomeReason").asText()).isEqualTo("Уже учится в школе № 12");
    assertThat(referral.get("referredOn").isNull()).isTrue();
  }

  @Test
  void anUnknownSchoolIsRefusedNamingTheFieldThroughTheEngineApiAsA400AndNothingIsWritten() throws Exception {
    String caseNumber = steps.fileOnly(family());
    assertThatThrownBy(() -> complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "referred",
        "schoolId", "999999999", "referredOn", today.toString())))
        .satisfies(SchoolingContract::rejectedByTheForm).hasMessageContaining("Школа");

    Task task = task(caseNumber, TASK_REFER_CHILD_TO_SCHOOL);
    tasks.claim(task.getId(), "caseworker");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> refused = http.withBasicAuth("caseworker", "demo").exchange(
        "/engine-rest/task/{id}/complete", HttpMethod.POST, new HttpEntity<>("""
            {"variables": {"referral": {"value": "referred"}, "schoolId": {"value": "999999999"},
                           "referredOn": {"value": "%s"}}}""".formatted(today), headers), String.class, task.getId());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Школа");
    assertThat(task(caseNumber, TASK_REFER_CHILD_TO_SCHOOL)).isNotNull();
    assertThat(jdbc.queryForObject("""
        select count(*) from school_referral r join family_case c on c.id = r.case_id
         where c.case_number = ? and r.referred_on is not null""", Long.class, caseNumber)).isZero();
  }

  @Test
  void withoutAnOutcomeInTimeTheStepRisesToTheTopOfTheListWithAReminderInItsName() throws Exception {
    String caseNumber = steps.fileOnly(family());
    complete(caseNumber, TASK_REFER_CHILD_TO_SCHOOL, Map.of("referral", "referred",
        "schoolId", get("caseworker", "/api/schools").get(0).get("id").asText(), "referredOn", today.toString()));
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
    var timer = management.createJobQuery().processInstanceId(instance).activityId(TIMER_NO_ENROLMENT_OUTCOME)
        .singleResult();
    assertThat(timer.getDuedate()).isAfter(java.sql.Date.valueOf(today.plusDays(13)));

    management.executeJob(timer.getId());

    Task reminded = task(caseNumber, TASK_RECORD_SCHOOL_ENROLMENT);
    assertThat(reminded.getPriority()).isEqualTo(80);
    assertThat(reminded.getName()).startsWith("Напоминание: нет результата направления в школу");
  }

  @Test
  void aChildLeavingTheRegisterEndsTheOpenReferral() throws Exception {
    String caseNumber = steps.fileOnly(family());
    long seven = steps.memberId(caseNumber, "Зухра");
    ResponseEntity<Map> left = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/persons/{p}/deregistration",
        Map.of("reason", "departed", "deregisteredOn", today.toString()), Map.class, caseNumber, seven);
    assertThat(left.getStatusCode().is2xxSuccessful()).as("%s", left.getBody()).isTrue();

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNumber)
        .count()).isZero();
    JsonNode referral = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals").get(0);
    assertThat(referral.get("outcome").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void aFinalRefusalClosingTheCaseEndsTheChildsOpenReferral() throws Exception {
    String caseNumber = steps.file(family());
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate", today.toString(),
        "interviewLanguage", "ru", "interviewSummary", "Заявитель сообщил об экономических причинах выезда."));
    steps.runAgencyChecks(caseNumber);
    steps.assessEach(caseNumber, "caseworker", Map.of("assessmentFacts", "Опасения преследования не подтверждены.",
        "credibility", "credible", "wellFoundedFear", false, "exclusionIndicators", false,
        "assessmentRecommendation", "refuse"));
    steps.decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear",
        "Опасения преследования не подтверждены материалами дела.");
    steps.serveRefusal(caseNumber);
    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Timer_AppealWindowExpired").singleResult().getId());

    assertThat(jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber))
        .isEqualTo("CLOSED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    JsonNode referral = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals").get(0);
    assertThat(referral.get("outcome").asText()).isEqualTo("CANCELLED");
    assertThat(referral.get("outcomeReason").asText()).contains("отказ");
  }

  @Test
  void aCaseClosedAsAbandonedEndsTheReferralAndItsReopeningStartsANewOne() throws Exception {
    String caseNumber = steps.file(family());
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("applicantMissed", true));
    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Event_NoContact").singleResult().getId());
    steps.complete(caseNumber, "Task_HandleAbandonment", "manager", Map.of("abandonmentDecision", "close"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();

    ResponseEntity<Map> reopened = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/reopening", Map.of("requestedOn", today.toString()), Map.class, caseNumber);
    assertThat(reopened.getStatusCode().is2xxSuccessful()).as("%s", reopened.getBody()).isTrue();

    JsonNode referrals = get("caseworker", "/api/cases/" + caseNumber + "/school-referrals");
    assertThat(referrals).extracting(r -> r.get("trigger").asText() + "/" + r.get("outcome").asText())
        .containsExactly("REGISTRATION/CANCELLED", "REGISTRATION/null");
    assertThat(task(caseNumber, TASK_REFER_CHILD_TO_SCHOOL)).isNotNull();
  }

  @Test
  void theSchoolsAndReferralsAreForCaseWork() {
    assertThat(http.withBasicAuth("auditor", "demo").getForEntity("/api/schools", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/schools", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<List> schools = http.withBasicAuth("manager", "demo").getForEntity("/api/schools", List.class);
    assertThat(schools.getBody()).anySatisfy(s -> assertThat(((Map) s).get("name")).isEqualTo("Школа-гимназия № 12"));
  }

  // -------------------------------------------------------------------------------------------------------------
  // Statistics on a known register of 1985 (before every other record), written straight into the tables
  // -------------------------------------------------------------------------------------------------------------

  @Test
  void schoolingFiguresCountChildrenOfSchoolAgeReferredAndEnrolledOnTheDate() throws Exception {
    writeRegister1985();
    // school year 1985/86: A (7), D (10); B (3) too young, C (18) too old, E deregistered, F's family not yet registered
    assertThat(figures("1985-10-01")).isEqualTo("1985-09-01 2/2 2/2 1/1");
    // A referred on 09-05, enrolled on 09-10; D referred on 09-20
    assertThat(figures("1985-09-07")).isEqualTo("1985-09-01 2/2 1/1 0/0");
    // F's family registered on 11-01; F is 6 on 1 September
    assertThat(figures("1985-11-15")).isEqualTo("1985-09-01 3/3 2/2 1/1");
    // school year 1984/85: A (6) and C (17) of one family, D (9); E left on 08-01
    assertThat(figures("1985-08-15")).isEqualTo("1984-09-01 2/3 0/0 0/0");

    ResponseEntity<String> csv = http.withBasicAuth("auditor", "demo").getForEntity(
        "/api/statistics/schooling.csv?date=1985-10-01", String.class);
    assertThat(csv.getBody()).contains("1985-10-01,1985-09-01,school_age,2,2", "1985-10-01,1985-09-01,enrolled,1,1");
    assertThat(http.withBasicAuth("manager", "demo").getForEntity("/api/statistics/schooling?on=1985-10-01",
        Map.class).getBody()).containsEntry("date", "1985-10-01");
    ResponseEntity<Map> bad = http.withBasicAuth("manager", "demo").getForEntity(
        "/api/statistics/schooling?date=01.10.1985", Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((Map<String, String>) bad.getBody().get("errors")).containsOnlyKeys("date");
    assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/statistics/schooling", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String figures(String date) throws Exception {
    JsonNode s = get("manager", "/api/statistics/schooling?date=" + date);
    return s.get("schoolYearFrom").asText() + " " + count(s.get("schoolAge")) + " " + count(s.get("referred")) + " "
        + count(s.get("enrolled"));
  }

  private static String count(JsonNode c) {
    return c.get("families").asLong() + "/" + c.get("persons").asLong();
  }

  private void writeRegister1985() {
    String cases = "(select id from family_case where case_number like 'SC-1985-%')";
    jdbc.update("delete from school_referral where case_id in " + cases);
    jdbc.update("delete from person where case_id in " + cases);
    jdbc.update("delete from family_case where case_number like 'SC-1985-%'");
    long school = jdbc.queryForObject("select min(id) from school", Long.class);

    long f1 = family("SC-1985-000001", LocalDate.of(1985, 1, 10));
    person(f1, "HEAD", LocalDate.of(1950, 2, 2), null);
    long a = person(f1, "CHILD", LocalDate.of(1978, 5, 1), null);
    person(f1, "CHILD", LocalDate.of(1982, 1, 1), null);
    person(f1, "CHILD", LocalDate.of(1967, 5, 1), null);
    referral(f1, a, school, LocalDate.of(1985, 9, 5), "ENROLLED", null, LocalDate.of(1985, 9, 10));

    long f2 = family("SC-1985-000002", LocalDate.of(1985, 1, 10));
    long d = person(f2, "CHILD", LocalDate.of(1975, 3, 1), null);
    person(f2, "CHILD", LocalDate.of(1970, 1, 1), LocalDate.of(1985, 8, 1));
    referral(f2, d, school, LocalDate.of(1985, 9, 20), "REFUSED", "Нет мест", LocalDate.of(1985, 9, 25));

    long f3 = family("SC-1985-000003", LocalDate.of(1985, 11, 1));
    person(f3, "CHILD", LocalDate.of(1979, 9, 1), null);
  }

  private long family(String caseNumber, LocalDate registeredOn) {
    jdbc.update("""
        insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
        values (?, 'GRANTED', ?, ?, 'Алматы', current_timestamp, 0)
        """, caseNumber, registeredOn.minusDays(3), registeredOn);
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }

  private long person(long caseId, String role, LocalDate born, LocalDate deregisteredOn) {
    jdbc.update("""
        insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                            search_name, surname_key, given_name_key, deregistered_on, deregistration_reason)
        values (?, ?, 'Школьный', 'Тест', ?, 'MALE', 'AF', null, 'школьный тест', 'shklnj', 'tst', ?, ?)
        """, caseId, role, born, deregisteredOn, deregisteredOn == null ? null : "left_country");
    return jdbc.queryForObject("select max(id) from person where case_id = ?", Long.class, caseId);
  }

  private void referral(long caseId, long personId, long school, LocalDate referredOn, String outcome, String reason,
      LocalDate outcomeOn) {
    jdbc.update("""
        insert into school_referral (case_id, person_id, trigger_kind, school_id, school_name, referred_on, outcome,
                                     outcome_reason, outcome_on, recorded_by, created_at, updated_at)
        values (?, ?, 'RECOGNITION', ?, 'Школа', ?, ?, ?, ?, 'caseworker', current_timestamp, current_timestamp)
        """, caseId, personId, school, referredOn, outcome, reason, outcomeOn);
  }

  // -------------------------------------------------------------------------------------------------------------

  /** A head, a girl of 7, a boy of 3 and a son of 18 on 1 September of this school year. */
  private Map<String, Object> family() {
    var random = ThreadLocalRandom.current();
    String surname = CaseSteps.uniqueSurname("Хакими");
    Map<String, Object> petition = new HashMap<>(CaseSteps.family());
    Map<String, Object> head = new HashMap<>((Map<String, Object>) ((List<?>) petition.get("members")).get(0));
    head.put("surname", surname);
    petition.put("members", List.of(head,
        child(surname, "Зухра", schoolYear.minusYears(7).minusMonths(2), "female", null),
        child(surname, "Омид", schoolYear.minusYears(3).minusMonths(2), "male", null),
        child(surname, "Навид", schoolYear.minusYears(18).minusMonths(2), "male",
            "N" + random.nextInt(1_000_000_000))));
    return petition;
  }

  private static Map<String, Object> child(String surname, String givenName, LocalDate born, String sex,
      String passport) {
    Map<String, Object> m = new HashMap<>(Map.of("role", "child", "surname", surname, "givenName", givenName,
        "dateOfBirth", born.toString(), "sex", sex, "citizenship", "AF"));
    if (passport != null) {
      m.putAll(Map.of("documentType", "passport", "documentNumber", passport));
    }
    return m;
  }

  private Task task(String caseNumber, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
  }

  /** Claims and completes as caseworker, with their groups, as Tasklist would. */
  private void complete(String caseNumber, String key, Map<String, Object> form) {
    Task task = task(caseNumber, key);
    assertThat(task).as("task %s of %s", key, caseNumber).isNotNull();
    identity.setAuthentication("caseworker", identity.createGroupQuery().groupMember("caseworker").list().stream()
        .map(Group::getId).toList());
    try {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), "caseworker");
      }
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The form's step refused the input as the user's (Tasklist shows the message; engine REST answers 400). */
  private static void rejectedByTheForm(Throwable e) {
    Throwable t = e;
    while (t != null && !(t instanceof BadUserRequestException)) {
      t = t.getCause();
    }
    assertThat(t).as("rejected as bad user input: %s", e).isInstanceOf(BadUserRequestException.class);
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as("%s %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }
}
