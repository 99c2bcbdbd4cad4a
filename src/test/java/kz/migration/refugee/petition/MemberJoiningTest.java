package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.JOINING_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * A spouse or child arriving after the family joins its case: through the domain API, the Tasklist action
 * «Присоединение члена семьи к делу» and the duplicate review's merge. Nobody is recognised by joining: each joiner
 * holds an asylum-seeker certificate until a decision covers them.
 */
@ApplicationTest
class MemberJoiningTest {

  private static final String INTERVIEW = "Заявительница сообщила о преследовании супруга и угрозах ей самой.";
  private static final String COURT = "Специализированный межрайонный административный суд г. Алматы";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
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
  void anAdultJoiningARecognisedFamilyIsInterviewedAssessedAndDecidedAndGrantedReceivesTheirOwnRefugeeCertificate() {
    String caseNumber = steps.grant(CaseSteps.family());

    ResponseEntity<Map> joined = join("caseworker", caseNumber, spouse());

    assertThat(joined.getStatusCode()).as("%s", joined.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(joined.getBody()).containsEntry("path", "own_examination");
    long spouse = steps.memberId(caseNumber, "Зарина");
    assertThat(recognisedOn(spouse)).isNull();
    assertThat(certificates(spouse)).containsExactly("ASYLUM_SEEKER:VALID");

    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru", "interviewSummary", INTERVIEW));
    assertThat(steps.assessEach(caseNumber, "caseworker", assessment())).isOne();
    assertThat(recognisedOn(spouse)).as("assessed, not decided").isNull();
    // the decision covers the joiner only: the head is recognised already
    assertThat(steps.personsToDecide(caseNumber)).containsExactly(spouse);
    steps.decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear",
        "Обоснованные опасения преследования как члена семьи преследуемого лица подтверждены.");

    assertThat(recognisedOn(spouse)).isEqualTo(LocalDate.now());
    assertThat(certificates(spouse)).containsExactly("ASYLUM_SEEKER:SUPERSEDED", "REFUGEE:VALID");
    assertThat(jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber))
        .isEqualTo("GRANTED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void aChildOfARecognisedParentIsConfirmedByAManagerAndWrittenOntoTheParentsRefugeeCertificate() {
    String caseNumber = steps.grant(CaseSteps.family());
    long parent = jdbc.queryForObject("select p.id from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ?", Long.class, caseNumber);

    ResponseEntity<Map> joined = join("caseworker", caseNumber, child(null));

    assertThat(joined.getBody()).containsEntry("path", "derived_status");
    long child = steps.memberId(caseNumber, "Амир");
    assertThat(recognisedOn(child)).isNull();
    assertThat(certificates(child)).as("the parent holds a refugee certificate: the child its own")
        .containsExactly("ASYLUM_SEEKER:VALID");
    Task confirmation = steps.task(caseNumber, "Task_ConfirmDerivedStatus");
    assertThat(steps.shownText(confirmation.getId(), "derivedStatusSummary")).contains("Амир");

    steps.complete(caseNumber, "Task_ConfirmDerivedStatus", "manager",
        Map.of("kinshipEvidence", "Свидетельство о рождении I-АФ № 445566, выдано в Кабуле"));

    assertThat(recognisedOn(child)).isEqualTo(LocalDate.now());
    assertThat(jdbc.queryForMap("select basis, outcome, follows_person_id from person_decision where person_id = ?",
        child)).containsEntry("BASIS", "FOLLOWS_PARENT").containsEntry("OUTCOME", "GRANTED")
        .containsEntry("FOLLOWS_PERSON_ID", parent);
    assertThat(jdbc.queryForObject("select count(*) from certificate_member m join certificate c on c.id = m.certificate_id "
        + "where m.person_id = ? and c.holder_id = ? and c.type = 'REFUGEE' and c.status = 'VALID'", Long.class,
        child, parent)).isOne();
    assertThat(certificates(child)).containsExactly("ASYLUM_SEEKER:SUPERSEDED");
  }

  @Test
  void aSpouseMergedIntoARecognisedFamilyIsNotRecognisedUntilADecisionCoversThem() {
    Map<String, Object> family = CaseSteps.family();
    String caseNumber = steps.grant(family);
    Map<String, Object> again = new HashMap<>(family);
    List<Object> members = new ArrayList<>((List<?>) family.get("members"));
    members.add(spouseAtIntake());
    again.put("members", members);
    ResponseEntity<Map> filed = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions", again, Map.class);
    assertThat(filed.getBody()).containsEntry("duplicateReview", true);
    Task review = tasks.createTaskQuery().processInstanceId((String) filed.getBody().get("processInstanceId"))
        .singleResult();

    tasks.complete(review.getId(), Map.of("duplicateResolution", "merge", "mergeCaseNumber", caseNumber,
        "duplicateReason", "Тот же глава семьи; супруга прибыла позже и присоединяется к делу"));

    long spouse = steps.memberId(caseNumber, "Зарина");
    assertThat(recognisedOn(spouse)).as("merged into a recognised family, not decided").isNull();
    assertThat(certificates(spouse)).containsExactly("ASYLUM_SEEKER:VALID");
    assertThat(steps.task(caseNumber, "Task_InterviewApplicant")).as("their own examination").isNotNull();
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru", "interviewSummary", INTERVIEW));
    steps.assessEach(caseNumber, "caseworker", assessment());
    assertThat(recognisedOn(spouse)).isNull();

    steps.decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear",
        "Опасения преследования не подтверждены сведениями о стране происхождения.");

    assertThat(recognisedOn(spouse)).as("refused").isNull();
    steps.serveRefusal(caseNumber);
    // no appeal in the window: the refused spouse leaves the register, the family stays recognised
    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber)).timers()
        .singleResult().getId());
    assertThat(jdbc.queryForObject("select deregistration_reason from person where id = ?", String.class, spouse))
        .isEqualTo("refused");
    assertThat(jdbc.queryForObject("select status from family_case where case_number = ?", String.class, caseNumber))
        .isEqualTo("GRANTED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void aJoinersCourtAppealKeepsThemOnTheRegisterUntilTheCourtUpholdsTheRefusalThenTheyLeaveAndTheFamilyStaysRecognised() {
    String caseNumber = steps.grant(CaseSteps.family());
    long spouse = refusalUpheldOnAppeal(caseNumber);
    long head = jdbc.queryForObject("select p.id from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ? and p.id <> ?", Long.class, caseNumber, spouse);
    // upheld, the refusal is not final yet: the court-appeal period runs, the joiner is still on the register
    assertThat(steps.task(caseNumber, "Task_RegisterCourtAppeal").getDueDate()).isNotNull();
    assertThat(deregistrationReason(spouse)).isNull();

    steps.complete(caseNumber, "Task_RegisterCourtAppeal", "caseworker", Map.of("courtName", COURT,
        "courtAppealLodgedOn", LocalDate.now().toString()));

    assertThat(caseStatus(caseNumber)).containsEntry("STATUS", "GRANTED").containsEntry("APPEAL_PENDING", true);
    assertThat(certificates(spouse)).containsExactly("ASYLUM_SEEKER:VALID");
    // while the court decides nobody leaves the register (a voluntary return, say), nor joins the case
    long caseId = jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
    assertThatThrownBy(() -> familyCases.deregister(caseId, List.of(spouse), DeregistrationReason.VOLUNTARY_RETURN,
        LocalDate.now(), "manager")).isInstanceOf(ConflictException.class).hasMessageContaining("подана жалоба");
    assertThat(deregistrationReason(spouse)).isNull();
    assertThat(join("caseworker", caseNumber, child(null)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    steps.complete(caseNumber, "Task_RecordCourtDecision", "caseworker", Map.of("courtOutcome", "upheld",
        "courtDecidedOn", LocalDate.now().toString()));

    // the refusal is final: the joiner leaves as refused, the family stays recognised
    assertThat(deregistrationReason(spouse)).isEqualTo("refused");
    assertThat(certificates(spouse)).containsExactly("ASYLUM_SEEKER:INVALIDATED");
    assertThat(caseStatus(caseNumber)).containsEntry("STATUS", "GRANTED").containsEntry("APPEAL_PENDING", false);
    assertThat(recognisedOn(head)).isNotNull();
    assertThat(deregistrationReason(head)).isNull();
    assertThat(jdbc.queryForObject("select c.outcome from court_appeal c join family_case f on f.id = c.case_id "
        + "where f.case_number = ?", String.class, caseNumber)).isEqualTo("UPHELD");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void aCourtOverturningAJoinersRefusalHasThemDecidedAgain() {
    String caseNumber = steps.grant(CaseSteps.family());
    long spouse = refusalUpheldOnAppeal(caseNumber);
    steps.complete(caseNumber, "Task_RegisterCourtAppeal", "caseworker", Map.of("courtName", COURT,
        "courtAppealLodgedOn", LocalDate.now().toString()));

    steps.complete(caseNumber, "Task_RecordCourtDecision", "manager", Map.of("courtOutcome", "overturned",
        "courtDecidedOn", LocalDate.now().toString()));

    assertThat(caseStatus(caseNumber)).containsEntry("STATUS", "GRANTED").containsEntry("APPEAL_PENDING", false);
    assertThat(deregistrationReason(spouse)).isNull();
    assertThat(steps.personsToDecide(caseNumber)).containsExactly(spouse);
    steps.decideAll(caseNumber, "manager2", "granted", "art1-well-founded-fear",
        "Суд указал на неучтённые угрозы заявительнице; опасения преследования подтверждены.");

    assertThat(recognisedOn(spouse)).isEqualTo(LocalDate.now());
    assertThat(certificates(spouse)).containsExactly("ASYLUM_SEEKER:SUPERSEDED", "REFUGEE:VALID");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void aJoinersRefusalUpheldOnAppealWithoutACourtAppealInThePeriodIsFinal() {
    String caseNumber = steps.grant(CaseSteps.family());
    long spouse = refusalUpheldOnAppeal(caseNumber);

    management.executeJob(management.createJobQuery().processInstanceId(steps.instance(caseNumber))
        .activityId("Timer_CourtAppealPeriodExpired").singleResult().getId());

    assertThat(deregistrationReason(spouse)).isEqualTo("refused");
    assertThat(caseStatus(caseNumber)).containsEntry("STATUS", "GRANTED").containsEntry("APPEAL_PENDING", false);
  }

  @Test
  void aJoinerOfAnExaminationBeforeItsAssessmentIsCoveredByItAndNoneJoinsWhileTheDecisionIsPrepared() {
    String caseNumber = steps.file(CaseSteps.family());

    ResponseEntity<Map> covered = join("caseworker", caseNumber, spouse());

    assertThat(covered.getBody()).containsEntry("path", "covered");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(JOINING_KEY)
        .processInstanceBusinessKey(caseNumber).count()).isZero();
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru", "interviewSummary", INTERVIEW));
    steps.runAgencyChecks(caseNumber);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_AssessPetition")
        .count()).as("the petition's assessment takes in the spouse").isEqualTo(2);

    long persons = personsOf(caseNumber);
    ResponseEntity<Map> late = join("caseworker", caseNumber, child(null));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(personsOf(caseNumber)).isEqualTo(persons);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
    String caseNumber = steps.grant(CaseSteps.family());
    long persons = personsOf(caseNumber);
    long certificates = jdbc.queryForObject("select count(*) from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ?", Long.class, caseNumber);

    Map<String, Object> noSurname = new HashMap<>(spouse());
    noSurname.put("surname", " ");
    assertRefused(join("caseworker", caseNumber, noSurname), "surname");
    Map<String, Object> badCountry = new HashMap<>(spouse());
    badCountry.put("citizenship", "Afghanistan");
    assertRefused(join("caseworker", caseNumber, badCountry), "citizenship");
    assertRefused(join("caseworker", caseNumber, child(999_999_999L)), "parentId");
    Map<String, Object> minorSpouse = new HashMap<>(spouse());
    minorSpouse.put("dateOfBirth", LocalDate.now().minusYears(10).toString());
    assertRefused(join("caseworker", caseNumber, minorSpouse), "role");
    assertThatThrownBy(() -> startForm("caseworker", Map.of("caseNumber", caseNumber, "role", "SPOUSE",
        "surname", "Керимова", "givenName", "Зарина", "dateOfBirth", LocalDate.now().plusDays(1).toString(),
        "sex", "FEMALE", "citizenship", "AF")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Дата рождения");

    assertThat(personsOf(caseNumber)).isEqualTo(persons);
    assertThat(jdbc.queryForObject("select count(*) from certificate c join family_case f on f.id = c.case_id "
        + "where f.case_number = ?", Long.class, caseNumber)).isEqualTo(certificates);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void theTasklistActionJoinsAChildAndAsksAManagerToConfirmTheDerivedStatus() {
    String caseNumber = steps.grant(CaseSteps.family());
    Map<String, Object> fields = new HashMap<>(child(null));
    fields.put("caseNumber", caseNumber);

    String instance = startForm("caseworker", fields);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo(caseNumber);
    assertThat(steps.task(caseNumber, "Task_ConfirmDerivedStatus")).isNotNull();
    assertThat(runtime.getVariables(instance)).doesNotContainKeys("surname", "givenName", "dateOfBirth");
  }

  /**
   * An adult joins the recognised family, is refused, served and appeals through the API; another manager upholds the
   * refusal: the court-appeal period runs. Returns the joiner's id.
   */
  private long refusalUpheldOnAppeal(String caseNumber) {
    join("caseworker", caseNumber, spouse());
    long spouse = steps.memberId(caseNumber, "Зарина");
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru", "interviewSummary", INTERVIEW));
    steps.assessEach(caseNumber, "caseworker", assessment());
    steps.decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear",
        "Опасения преследования не подтверждены сведениями о стране происхождения.");
    steps.serveRefusal(caseNumber);
    ResponseEntity<Map> appeal = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/{n}/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Не учтены угрозы заявительнице."), Map.class,
        caseNumber);
    assertThat(appeal.getBody()).containsEntry("late", false);
    steps.complete(caseNumber, "Task_DecideAppeal", "manager2", Map.of("appealOutcome", "upheld",
        "appealReasons", "Доводы жалобы не меняют оценку опасений преследования."));
    return spouse;
  }

  private Map<String, Object> caseStatus(String caseNumber) {
    return jdbc.queryForMap("select status, appeal_pending from family_case where case_number = ?", caseNumber);
  }

  private String deregistrationReason(long person) {
    return jdbc.queryForObject("select deregistration_reason from person where id = ?", String.class, person);
  }

  private void assertRefused(ResponseEntity<Map> response, String field) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(((Map<?, ?>) response.getBody().get("errors")).containsKey(field)).as("%s", response.getBody()).isTrue();
  }

  private ResponseEntity<Map> join(String user, String caseNumber, Map<String, Object> person) {
    return http.withBasicAuth(user, "demo").postForEntity("/api/cases/{n}/members", person, Map.class, caseNumber);
  }

  private String startForm(String user, Map<String, Object> fields) {
    identity.setAuthentication(user, List.of(user.equals("manager") ? Roles.MANAGERS : Roles.CASEWORKERS));
    try {
      String definition = repository.createProcessDefinitionQuery().processDefinitionKey(JOINING_KEY)
          .latestVersion().singleResult().getId();
      return forms.submitStartForm(definition, fields).getId();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Map<String, Object> spouse() {
    return Map.of("role", "SPOUSE", "surname", CaseSteps.uniqueSurname("Керимова"), "givenName", "Зарина",
        "dateOfBirth", "1990-05-02", "sex", "FEMALE", "citizenship", "AF", "documentType", "PASSPORT",
        "documentNumber", "S" + ThreadLocalRandom.current().nextInt(1_000_000_000));
  }

  private static Map<String, Object> spouseAtIntake() {
    return Map.of("role", "spouse", "surname", CaseSteps.uniqueSurname("Керимова"), "givenName", "Зарина",
        "dateOfBirth", "1990-05-02", "sex", "female", "citizenship", "AF", "documentType", "passport",
        "documentNumber", "S" + ThreadLocalRandom.current().nextInt(1_000_000_000));
  }

  private static Map<String, Object> child(Long parentId) {
    Map<String, Object> child = new HashMap<>(Map.of("role", "CHILD", "surname", CaseSteps.uniqueSurname("Керимов"),
        "givenName", "Амир", "dateOfBirth", LocalDate.now().minusYears(6).toString(), "sex", "MALE",
        "citizenship", "AF", "documentType", "BIRTH_CERTIFICATE"));
    if (parentId != null) {
      child.put("parentId", parentId);
    }
    return child;
  }

  private static Map<String, Object> assessment() {
    return Map.of("assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant");
  }

  private LocalDate recognisedOn(long person) {
    return jdbc.queryForObject("select recognised_on from person where id = ?", LocalDate.class, person);
  }

  /** The person's own certificates, oldest first, as TYPE:STATUS. */
  private List<String> certificates(long holder) {
    return jdbc.queryForList("select type || ':' || status from certificate where holder_id = ? order by id",
        String.class, holder);
  }

  private long personsOf(String caseNumber) {
    return jdbc.queryForObject("select count(*) from person p join family_case c on c.id = p.case_id "
        + "where c.case_number = ?", Long.class, caseNumber);
  }
}
