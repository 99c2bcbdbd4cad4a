package kz.migration.refugee.certification;

import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.CERTIFICATE_ID;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.EVENT_FINGERPRINTS_OVERDUE;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.KEY;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.TASK_HANDLE_OVERDUE_FINGERPRINTS;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.TASK_SEND_FINGERPRINTS;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.TASK_TAKE_FINGERPRINTS;
import static kz.migration.refugee.certification.AsylumSeekerCertificateProcess.TIMER_REISSUE_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The asylum-seeker certificate's process through the real services: valid for the configured period, its reissue
 * prepared before expiry (new number, the old superseded, the new one followed in turn), ended by a grant; the
 * fingerprinting of the persons certified, registered in the (simulated) national system, and its escalation when late.
 */
@ApplicationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class AsylumSeekerCertificateTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired CertificateProcesses processes;

  private CaseSteps steps;
  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
  }

  @Test
  void theReissueIsPreparedBeforeExpiryAndIssuesANewNumberSupersedingTheOld() {
    String caseNumber = steps.file(CaseSteps.family());
    Map<String, Object> old = asylumSeekerCertificate(caseNumber, "VALID");
    LocalDate validUntil = ((java.sql.Date) old.get("valid_until")).toLocalDate();
    assertThat(validUntil).isEqualTo(today.plusMonths(3));

    ProcessInstance instance = instanceOf(caseNumber, ((Number) old.get("id")).longValue());
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(TIMER_REISSUE_DUE).singleResult();
    // the configured lead (P14D) before the expiry
    assertThat(timer.getDuedate()).isEqualTo(startOf(validUntil.minusDays(14)));

    management.executeJob(timer.getId());
    Task reissue = task(instance, TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE);
    assertThat(reissue.getDueDate()).isEqualTo(Deadlines.dueBy(validUntil));
    assertThat(tasks.getIdentityLinksForTask(reissue.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("caseworkers"));
    complete(reissue, "caseworker", Map.of("reissueConfirmed", true));

    assertThat(jdbc.queryForObject("select status from certificate where id = ?", String.class, old.get("id")))
        .isEqualTo("SUPERSEDED");
    Map<String, Object> renewed = asylumSeekerCertificate(caseNumber, "VALID");
    assertThat(renewed.get("number")).isNotEqualTo(old.get("number"));
    assertThat(renewed.get("holder_id")).isEqualTo(old.get("holder_id"));
    assertThat(((java.sql.Date) renewed.get("valid_until")).toLocalDate()).isEqualTo(today.plusMonths(3));
    // this one has done its work (its fingerprinting aside); the new certificate is followed by its own
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).activityIdIn(TIMER_REISSUE_DUE,
        TASK_REISSUE_ASYLUM_SEEKER_CERTIFICATE).count()).isZero();
    ProcessInstance next = instanceOf(caseNumber, ((Number) renewed.get("id")).longValue());
    assertThat(management.createJobQuery().processInstanceId(next.getId()).timers().activityId(TIMER_REISSUE_DUE)
        .singleResult().getDuedate()).isEqualTo(startOf(today.plusMonths(3).minusDays(14)));
    // a reissue does not fingerprint again
    assertThat(tasks.createTaskQuery().processInstanceId(next.getId()).taskDefinitionKey(TASK_TAKE_FINGERPRINTS).count())
        .isZero();
  }

  @Test
  void aGrantEndsTheCertificatesProcess() {
    String caseNumber = steps.grant(CaseSteps.family());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNumber)
        .count()).isZero();
    assertThat(tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNumber).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ? and c.type = 'ASYLUM_SEEKER' and c.status = 'VALID'", Integer.class, caseNumber))
        .isZero();
  }

  @Test
  void fingerprintsAreTakenAndRegisteredWithTheNationalSystemsReference() {
    String caseNumber = steps.file(CaseSteps.family());
    Map<String, Object> certificate = asylumSeekerCertificate(caseNumber, "VALID");
    ProcessInstance instance = instanceOf(caseNumber, ((Number) certificate.get("id")).longValue());
    Task take = task(instance, TASK_TAKE_FINGERPRINTS);
    assertThat(take.getDueDate()).isEqualTo(Deadlines.dueBy(today.plusDays(3)));

    complete(take, "caseworker", Map.of("fingerprintsTakenOn", today.toString(),
        "fingerprintsPlace", "ДМ г. Алматы, каб. 12"));
    Job send = management.createJobQuery().processInstanceId(instance.getId()).activityId(TASK_SEND_FINGERPRINTS)
        .singleResult();
    management.executeJob(send.getId());

    Map<String, Object> row = jdbc.queryForMap("select * from fingerprint where person_id = ?", certificate.get("holder_id"));
    assertThat(row.get("taken_on").toString()).isEqualTo(today.toString());
    assertThat(row.get("place")).isEqualTo("ДМ г. Алматы, каб. 12");
    assertThat(row.get("recorded_by")).isEqualTo("caseworker");
    assertThat(row.get("national_reference").toString()).matches("DR-\\d{4}-\\d{6}");
    // the reissue still waits
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_REISSUE_DUE).count())
        .isOne();

    ResponseEntity<List> api = http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/cases/{n}/fingerprints", List.class, caseNumber);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.getBody()).singleElement().satisfies(f -> {
      assertThat(((Map) f).get("nationalReference")).isEqualTo(row.get("national_reference"));
      assertThat(((Map) f).get("place")).isEqualTo("ДМ г. Алматы, каб. 12");
    });
    String page = http.withBasicAuth("caseworker", "demo").getForObject("/cases/{n}", String.class, caseNumber);
    assertThat(page).contains("Дактилоскопия", row.get("national_reference").toString(), "переоформление до");
  }

  @Test
  void aFutureDateOrNoPlaceIsRefusedNamingTheField() {
    String caseNumber = steps.file(CaseSteps.family());
    Map<String, Object> certificate = asylumSeekerCertificate(caseNumber, "VALID");
    Task take = task(instanceOf(caseNumber, ((Number) certificate.get("id")).longValue()), TASK_TAKE_FINGERPRINTS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(take, "caseworker", Map.of(
        "fingerprintsTakenOn", today.plusDays(1).toString(), "fingerprintsPlace", "ДМ г. Алматы")))
        .hasMessageContaining("Дата дактилоскопии");
    assertThat(jdbc.queryForObject("select count(*) from fingerprint where person_id = ?", Integer.class,
        certificate.get("holder_id"))).isZero();
  }

  @Test
  void lateFingerprintingEscalatesToTheManagers() {
    String caseNumber = steps.file(CaseSteps.family());
    Map<String, Object> certificate = asylumSeekerCertificate(caseNumber, "VALID");
    ProcessInstance instance = instanceOf(caseNumber, ((Number) certificate.get("id")).longValue());
    Job overdue = management.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(EVENT_FINGERPRINTS_OVERDUE).singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(Deadlines.overdueAt(today.plusDays(3)));

    management.executeJob(overdue.getId());
    Task escalation = task(instance, TASK_HANDLE_OVERDUE_FINGERPRINTS);
    assertThat(tasks.getIdentityLinksForTask(escalation.getId())).singleElement()
        .satisfies(l -> assertThat(l.getGroupId()).isEqualTo("managers"));
    // the caseworkers' task stays
    assertThat(task(instance, TASK_TAKE_FINGERPRINTS)).isNotNull();
    complete(escalation, "manager", Map.of("overdueMeasures", "Поручено сотруднику провести дактилоскопию завтра."));
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_HANDLE_OVERDUE_FINGERPRINTS).count()).isZero();
  }

  @Test
  void certificatesInForceWithoutAProcessGetOneAtStartOnce() {
    String caseNumber = steps.file(CaseSteps.family());
    Map<String, Object> certificate = asylumSeekerCertificate(caseNumber, "VALID");
    ProcessInstance instance = instanceOf(caseNumber, ((Number) certificate.get("id")).longValue());
    // as after an upgrade: a certificate in force nobody follows
    runtime.deleteProcessInstance(instance.getId(), "upgrade simulated");

    assertThat(processes.startMissing()).isGreaterThanOrEqualTo(1);
    ProcessInstance started = instanceOf(caseNumber, ((Number) certificate.get("id")).longValue());
    // followed for its reissue; whether its persons were fingerprinted before is not known: no task
    assertThat(management.createJobQuery().processInstanceId(started.getId()).activityId(TIMER_REISSUE_DUE).count())
        .isOne();
    assertThat(tasks.createTaskQuery().processInstanceId(started.getId()).count()).isZero();
    assertThat(processes.startMissing()).isZero();
  }

  private Map<String, Object> asylumSeekerCertificate(String caseNumber, String status) {
    return jdbc.queryForMap("select c.* from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ? and c.type = 'ASYLUM_SEEKER' and c.status = ?", caseNumber, status);
  }

  private ProcessInstance instanceOf(String caseNumber, long certificateId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseNumber)
        .variableValueEquals(CERTIFICATE_ID.name(), certificateId).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void complete(Task task, String user, Map<String, Object> form) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
