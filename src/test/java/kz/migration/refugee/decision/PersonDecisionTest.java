package kz.migration.refugee.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.schooling.SchoolReferralProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Status is decided per person: each adult on their own grounds or by family unity on their consent, each child
 * following a parent; a refusal of some members of a recognised family ends only their stay on the register, once it
 * is final; after an overturned appeal only those not recognised are decided again.
 */
@ApplicationTest
class PersonDecisionTest {

  private static final String GRANT_REASONS = "Обоснованные опасения преследования со стороны вооружённой группы.";
  private static final String REFUSE_REASONS = "Собственных опасений преследования не установлено, показания расходятся.";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private CaseSteps steps;

  @BeforeEach
  void steps() {
    steps = new CaseSteps(http, runtime, tasks, management, identity);
  }

  @Test
  void aPartlyGrantedFamilysRefusedSonLeavesTheRegisterWhenHisWindowClosesAndTheFamilyStaysRecognised() {
    String caseNumber = examinedFamily("head", "child", "child_minor");
    List<Long> persons = steps.personsToDecide(caseNumber);
    long head = persons.get(0);
    long son = persons.get(1);
    long daughter = persons.get(2);
    decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "refused", "legalGround": "art12-no-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "follows_parent", "followsPersonId": %d}]"""
        .formatted(head, GRANT_REASONS, son, REFUSE_REASONS, daughter, head));

    long caseId = caseId(caseNumber);
    assertThat(jdbc.queryForObject("select outcome from decision where case_id = ?", String.class, caseId))
        .isEqualTo("PARTLY_GRANTED");
    assertThat(status(caseNumber)).isEqualTo("GRANTED");
    assertThat(recognised(caseId)).containsExactly(head, daughter);
    // the head's certificate carries the daughter; the son keeps his asylum-seeker certificate meanwhile
    assertThat(jdbc.queryForList("select c.holder_id from certificate c where c.case_id = ? and c.type = 'REFUGEE'",
        Long.class, caseId)).containsExactly(head);
    assertThat(jdbc.queryForList("select m.person_id from certificate_member m join certificate c on c.id = "
        + "m.certificate_id where c.case_id = ? and c.type = 'REFUGEE'", Long.class, caseId)).containsExactly(daughter);
    assertThat(validAsylumSeekerHolders(caseId)).containsExactly(son);

    // his refusal is served, and nobody appeals within the window
    steps.serveRefusal(caseNumber);
    management.createJobQuery().processInstanceId(steps.instance(caseNumber)).timers().list().stream()
        .filter(job -> "Timer_AppealWindowExpired".equals(
            management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
        .forEach(job -> management.executeJob(job.getId()));

    // the procedure is over; the girl of 10 keeps her referral to school
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyNotIn(SchoolReferralProcess.KEY).count()).isZero();
    assertThat(status(caseNumber)).isEqualTo("GRANTED");
    assertThat(jdbc.queryForMap("select deregistered_on, deregistration_reason from person where id = ?", son))
        .containsEntry("deregistration_reason", "refused");
    assertThat(validAsylumSeekerHolders(caseId)).isEmpty();
    assertThat(jdbc.queryForList("select id from person where case_id = ? and deregistered_on is null", Long.class,
        caseId)).containsExactly(head, daughter);
  }

  @Test
  void anOverturnedRefusalOfTheSonIsDecidedAgainForHimAlone() {
    String caseNumber = examinedFamily("head", "child");
    List<Long> persons = steps.personsToDecide(caseNumber);
    long head = persons.get(0);
    long son = persons.get(1);
    decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "refused", "legalGround": "art12-no-well-founded-fear", "reasons": "%s"}]"""
        .formatted(head, GRANT_REASONS, son, REFUSE_REASONS));
    steps.serveRefusal(caseNumber);
    assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Не учтены угрозы, полученные сыном лично."),
        String.class, caseNumber).getStatusCode().is2xxSuccessful()).isTrue();
    // the family stays recognised while the son's appeal is pending, and nobody leaves the register meanwhile
    assertThat(status(caseNumber)).isEqualTo("GRANTED");
    assertThat(jdbc.queryForObject("select appeal_pending from family_case where case_number = ?", Boolean.class,
        caseNumber)).isTrue();

    steps.complete(caseNumber, "Task_DecideAppeal", "manager2", Map.of("appealOutcome", "overturned",
        "appealReasons", "Угрозы сыну лично подтверждены новыми документами."));

    // the decision lists the son alone: his father is recognised already
    assertThat(steps.personsToDecide(caseNumber)).containsExactly(son);
    assertThat(steps.decisionSheet(caseNumber).path("parents").toString()).contains("(статус присвоен)");
    decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"}]"""
        .formatted(son, GRANT_REASONS));

    long caseId = caseId(caseNumber);
    assertThat(recognised(caseId)).containsExactly(head, son);
    assertThat(jdbc.queryForList("select c.holder_id from certificate c where c.case_id = ? and c.type = 'REFUGEE' "
        + "and c.status = 'VALID' order by c.id", Long.class, caseId)).containsExactly(head, son);
    assertThat(jdbc.queryForList("select outcome from decision where case_id = ? order by id", String.class, caseId))
        .containsExactly("PARTLY_GRANTED", "GRANTED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void derivativeStatusNeedsTheAdultsConsentAndAPrincipalApplicantGranted() {
    String caseNumber = examinedFamily("head", "spouse");
    List<Long> persons = steps.personsToDecide(caseNumber);
    long head = persons.get(0);
    long spouse = persons.get(1);

    assertThatThrownBy(() -> decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "family_unity", "followsPersonId": %d}]"""
        .formatted(head, GRANT_REASONS, spouse, head)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Лицо 2, «Дата письменного согласия на производный статус»: без письменного согласия");
    assertThatThrownBy(() -> decide(caseNumber, """
        [{"personId": %d, "outcome": "refused", "legalGround": "art12-no-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "family_unity", "followsPersonId": %d, "consentOn": "%s"}]"""
        .formatted(head, REFUSE_REASONS, spouse, head, LocalDate.now())))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("укажите основного заявителя, которому присвоен статус");
    // refused, nothing written
    long caseId = caseId(caseNumber);
    assertThat(jdbc.queryForObject("select count(*) from decision where case_id = ?", Long.class, caseId)).isZero();

    LocalDate consent = LocalDate.now().minusDays(1);
    decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "family_unity", "followsPersonId": %d, "consentOn": "%s"}]"""
        .formatted(head, GRANT_REASONS, spouse, head, consent));
    assertThat(jdbc.queryForMap("select basis, legal_ground, follows_person_id, consent_on, reasons "
        + "from person_decision where person_id = ?", spouse))
        .containsEntry("basis", "FAMILY_UNITY").containsEntry("legal_ground", "family-unity")
        .containsEntry("follows_person_id", head).containsEntry("consent_on", java.sql.Date.valueOf(consent))
        .containsEntry("reasons", null);
    // each recognised adult holds a certificate of their own
    assertThat(jdbc.queryForList("select holder_id from certificate where case_id = ? and type = 'REFUGEE' order by id",
        Long.class, caseId)).containsExactly(head, spouse);
  }

  @Test
  void aDecisionNamesEveryPersonStillToBeDecidedAndAChildFollowsAParent() {
    String caseNumber = examinedFamily("head", "child");
    List<Long> persons = steps.personsToDecide(caseNumber);
    long head = persons.get(0);
    long son = persons.get(1);

    assertThatThrownBy(() -> decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"}]"""
        .formatted(head, GRANT_REASONS)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("«Решение по каждому члену семьи»: решение должно назвать каждого члена семьи");
    // the adult son is decided on his own, never as a child following his father
    assertThatThrownBy(() -> decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "follows_parent", "followsPersonId": %d}]"""
        .formatted(head, GRANT_REASONS, son, head)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Лицо 2, «Решение»: совершеннолетний решается по собственным основаниям");
    // reasons of their own for whoever is decided on their own grounds
    assertThatThrownBy(() -> decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "refused", "legalGround": "art12-no-well-founded-fear", "reasons": "Нет."}]"""
        .formatted(head, GRANT_REASONS, son)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Лицо 2, «Мотивировка решения»: от 20 символов");
    assertThat(jdbc.queryForObject("select count(*) from decision where case_id = ?", Long.class, caseId(caseNumber)))
        .isZero();
  }

  @Test
  void aChildDecidedWithAnAdultFollowsTheParentNamedAndIsNotDecidedAlone() {
    String caseNumber = examinedFamily("head", "child_minor");
    List<Long> persons = steps.personsToDecide(caseNumber);
    long head = persons.get(0);
    long child = persons.get(1);
    assertThatThrownBy(() -> decide(caseNumber, """
        [{"personId": %d, "outcome": "refused", "legalGround": "art12-no-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"}]"""
        .formatted(head, REFUSE_REASONS, child, GRANT_REASONS)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Лицо 2, «Решение»: статус ребёнка следует статусу родителя");

    decide(caseNumber, """
        [{"personId": %d, "outcome": "refused", "legalGround": "art12-no-well-founded-fear", "reasons": "%s"},
         {"personId": %d, "outcome": "follows_parent", "followsPersonId": %d}]"""
        .formatted(head, REFUSE_REASONS, child, head));
    assertThat(jdbc.queryForList("select outcome from person_decision where person_id in (?, ?) order by person_id",
        String.class, head, child)).containsExactly("REFUSED", "REFUSED");
    assertThat(status(caseNumber)).isEqualTo("REFUSED");
  }

  @Test
  void anUnaccompaniedChildIsDecidedOnTheirOwnGroundsWithTheirGuardianAndHoldsTheirOwnCertificate() {
    String caseNumber = examinedFamily("head_minor");
    List<Long> persons = steps.personsToDecide(caseNumber);
    assertThat(persons).hasSize(1);
    long child = persons.get(0);
    assertThat(steps.decisionSheet(caseNumber).path("persons").get(0).path("alone").asBoolean()).isTrue();
    assertThatThrownBy(() -> decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s"}]"""
        .formatted(child, GRANT_REASONS)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Лицо 1, «Законный представитель ребёнка»: укажите законного представителя ребёнка");

    String guardian = "Ахметова Гульнара, распоряжение органа опеки № 114 от 01.12.2026";
    decide(caseNumber, """
        [{"personId": %d, "outcome": "granted", "legalGround": "art1-well-founded-fear", "reasons": "%s",
          "guardian": "%s"}]""".formatted(child, GRANT_REASONS, guardian));
    long caseId = caseId(caseNumber);
    assertThat(jdbc.queryForMap("select basis, guardian from person_decision where person_id = ?", child))
        .containsEntry("basis", "OWN_GROUNDS").containsEntry("guardian", guardian);
    assertThat(jdbc.queryForList("select holder_id from certificate where case_id = ? and type = 'REFUGEE'", Long.class,
        caseId)).containsExactly(child);
  }

  /**
   * Files a family of the given roles (child: an adult son; child_minor: a girl of ten; head_minor: a boy of fifteen
   * alone), examined up to the decision.
   */
  private String examinedFamily(String... roles) {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    String surname = CaseSteps.uniqueSurname("Сафари");
    List<Map<String, Object>> members = new java.util.ArrayList<>();
    int n = 0;
    for (String role : roles) {
      n++;
      var m = new java.util.HashMap<String, Object>(Map.of("surname", surname, "citizenship", "AF"));
      switch (role) {
        case "head" -> m.putAll(Map.of("role", "head", "givenName", "Карим", "dateOfBirth", "1970-04-02", "sex", "male"));
        case "spouse" -> m.putAll(Map.of("role", "spouse", "givenName", "Зейнаб", "dateOfBirth", "1974-08-11",
            "sex", "female"));
        case "child" -> m.putAll(Map.of("role", "child", "givenName", "Навид", "dateOfBirth", "2001-01-20", "sex", "male"));
        case "head_minor" -> m.putAll(Map.of("role", "head", "givenName", "Бахир", "dateOfBirth",
            LocalDate.now().minusYears(15).toString(), "sex", "male"));
        default -> m.putAll(Map.of("role", "child", "givenName", "Сара", "dateOfBirth",
            LocalDate.now().minusYears(10).toString(), "sex", "female"));
      }
      if (!role.endsWith("_minor")) {
        m.putAll(Map.of("documentType", "passport", "documentNumber", "X" + n + random.nextInt(1_000_000_000)));
      }
      members.add(m);
    }
    String caseNumber = steps.file(Map.of("arrivalDate", LocalDate.now().minusDays(2).toString(),
        "filingDate", LocalDate.now().toString(), "language", "fa", "address", "Алматы, центр временного размещения",
        "members", members));
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of("interviewDate",
        LocalDate.now().toString(), "interviewLanguage", "fa",
        "interviewSummary", "Глава семьи описал угрозы со стороны вооружённой группы."));
    steps.runAgencyChecks(caseNumber);
    steps.assessEach(caseNumber, "caseworker", Map.of("assessmentFacts", "Показания проверены по сведениям о стране.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"));
    return caseNumber;
  }

  private void decide(String caseNumber, String personDecisions) {
    steps.complete(caseNumber, "Task_DecidePetition", "manager",
        Map.of("personDecisions", SpinValues.jsonValue(personDecisions).create()));
  }

  private long caseId(String caseNumber) {
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }

  private String status(String caseNumber) {
    return jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber);
  }

  private List<Long> recognised(long caseId) {
    return jdbc.queryForList("select id from person where case_id = ? and recognised_on is not null order by id",
        Long.class, caseId);
  }

  private List<Long> validAsylumSeekerHolders(long caseId) {
    return jdbc.queryForList("select holder_id from certificate where case_id = ? and type = 'ASYLUM_SEEKER' "
        + "and status = 'VALID' order by id", Long.class, caseId);
  }
}
