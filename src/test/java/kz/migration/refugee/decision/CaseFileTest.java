package kz.migration.refugee.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.ProcessForms;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The file in front of whoever decides: what the assessing, deciding and appeal forms show is what the data bank
 * holds of the case — read here from the data bank and the registry API, never from what the test put on the process.
 */
@ApplicationTest
class CaseFileTest {

  private static final List<String> FILE = List.of("familySummary", "interviewAccount", "agencyReplies",
      "assessmentRecord", "rulesRecommendation");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService formService;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessForms forms;
  @Autowired ProcedureProperties procedure;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void assessorDeciderAndAppealSeeTheFileAsTheDataBankHoldsIt() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(family());
    long caseId = jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
    // longer than a string variable holds, with characters a form must show as written
    String account = ("Заявитель рассказал о преследовании <b>за участие</b> в *местном совете* [2019]; "
        + "угрозы от вооружённой группы повторялись.\n").repeat(50);
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker2", Map.of("interviewDate",
        LocalDate.now().toString(), "interviewLanguage", "fa", "interviewInterpreter", "Рахими Н.",
        "interviewSummary", account));
    steps.runAgencyChecks(caseNumber);

    String assessTask = steps.task(caseNumber, "Task_AssessPetition").getId();
    String interviews = text(assessTask, "interviewAccount");
    String summaryOnRecord = jdbc.queryForObject("select summary from interview where case_id = ?", String.class, caseId);
    // whoever reads the file reads staff by name, with the login the audit log keeps
    assertThat(interviews).contains(summaryOnRecord.strip(), "дари (персидский)", "Рахими Н.",
        "Записал(а): " + staffName("caseworker2") + ", ");
    // the state bodies' replies as the data bank records them: the process keeps none of its own
    List<String> replies = jdbc.queryForList("select reference from agency_check where case_id = ? order by agency",
        String.class, caseId);
    assertThat(replies).hasSize(2);
    assertThat(text(assessTask, "agencyReplies")).contains("Органы внутренних дел: ", "Органы национальной безопасности: ")
        .contains(replies.stream().map(reference -> "(ответ № " + reference + ")").toList());
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(steps.task(caseNumber, "Task_AssessPetition")
        .getProcessInstanceId()).variableNameIn("policeCheckResult", "securityCheckResult").count()).isZero();

    String facts = "Показания в целом последовательны; часть дат расходится с данными о стране происхождения.";
    String exclusion = "Сообщения о возможном участии в вооружённом формировании в 2015 году.";
    steps.complete(caseNumber, "Task_AssessPetition", "caseworker", Map.of("assessmentFacts", facts,
        "credibility", "partly_credible", "wellFoundedFear", true, "exclusionIndicators", true,
        "exclusionDetails", exclusion, "assessmentRecommendation", "refer"));

    String decideTask = steps.task(caseNumber, "Task_DecidePetition").getId();
    Map<String, Object> decide = formService.getTaskFormVariables(decideTask);
    assertThat(decide).containsKeys(FILE.toArray(String[]::new)).containsKey("decisionSheet")
        .doesNotContainKeys("appealedDecision", "appealRecord");
    // read when the form is opened: the task itself holds none of it
    assertThat(tasks.getVariablesLocal(decideTask)).doesNotContainKeys(FILE.toArray(String[]::new))
        .doesNotContainKey("decisionSheet");
    // a form that asks for some of it by name (the deciding form's script) gets those
    assertThat(formService.getTaskFormVariables(decideTask, List.of("agencyReplies"), true))
        .containsOnlyKeys("agencyReplies");

    // the family as the registry serves it
    JsonNode registered = json.readTree(http.withBasicAuth("manager", "demo")
        .getForEntity("/api/registry/cases/" + caseNumber, String.class).getBody());
    String family = text(decideTask, "familySummary");
    assertThat(family).startsWith("Дело " + caseNumber).contains("членов семьи: 2");
    for (JsonNode member : registered.get("members")) {
      LocalDate born = LocalDate.parse(member.get("dateOfBirth").asText());
      int years = Period.between(born, LocalDate.now()).getYears();
      String line = family.lines().filter(l -> l.contains(member.get("surname").asText() + " "
          + member.get("givenName").asText())).findFirst().orElseThrow();
      assertThat(line).contains(CaseFile.age(born, LocalDate.now()), String.valueOf(years), "Афганистан (AF)",
          "HEAD".equals(member.get("role").asText()) ? "глава семьи" : "ребёнок",
          "MALE".equals(member.get("sex").asText()) ? "мужской пол" : "женский пол");
    }
    assertThat(family).doesNotContain(registered.get("members").get(0).get("documentNumber").asText());

    // the decision form names the interviewer, another caseworker than the one who assessed
    assertThat(text(decideTask, "interviewAccount")).contains(summaryOnRecord.strip(),
        "Записал(а): " + staffName("caseworker2") + ", ");
    for (Map<String, Object> reply : jdbc.queryForList(
        "select reference, remarks from agency_check where case_id = ? order by agency", caseId)) {
      assertThat(text(decideTask, "agencyReplies")).contains("ответ № " + reply.get("reference"),
          (String) reply.get("remarks"));
    }
    Map<String, Object> assessment = jdbc.queryForMap(
        "select facts, exclusion_details, assessed_by from assessment where case_id = ?", caseId);
    assertThat(text(decideTask, "assessmentRecord")).contains((String) assessment.get("facts"),
        (String) assessment.get("exclusion_details"),
        "Подготовил(а): " + staffName((String) assessment.get("assessed_by")) + ", ",
        "Достоверность показаний: частично достоверны", "Обоснованные опасения преследования: да",
        "Признаки исключения (ст. 1F Конвенции 1951 г.): да",
        "Рекомендация исполнителя: передать на рассмотрение комиссии");
    Map<String, Object> recommendation = jdbc.queryForMap(
        "select outcome, rule_fired, rules_version from recommendation where case_id = ?", caseId);
    assertThat(recommendation.get("outcome")).isEqualTo("refuse");
    assertThat(text(decideTask, "rulesRecommendation")).contains("Рекомендация: отказать",
        "Правило: " + recommendation.get("rule_fired"), "Версия правил: " + recommendation.get("rules_version"));

    String assessmentShown = text(decideTask, "assessmentRecord");

    // the form lists the persons to decide: the head on their own, with the rules' recommendation on their own
    // assessment; the child following a parent
    JsonNode sheet = steps.decisionSheet(caseNumber);
    assertThat(sheet.path("persons")).hasSize(2);
    assertThat(sheet.path("persons").get(0).path("alone").asBoolean()).isTrue();
    assertThat(sheet.path("persons").get(0).path("recommendation").asText()).isEqualTo("отказать");
    assertThat(sheet.path("persons").get(1).path("alone").asBoolean()).isFalse();
    assertThat(sheet.path("parents")).hasSize(1);
    List<String> offered = new ArrayList<>();
    sheet.path("grounds").forEach(g -> offered.add(g.path("code").asText()));
    assertThat(offered).as("family unity is its own choice, with consent").doesNotContain(procedure.familyUnityGround())
        .containsExactlyElementsOf(procedure.legalGrounds().stream().map(ProcedureProperties.LegalGround::code)
            .filter(code -> !code.equals(procedure.familyUnityGround())).toList());

    // a ground of the other outcome is refused on the server, whatever the form offered
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_DecidePetition", "manager", Map.of("personDecisions",
        SpinValues.jsonValue(steps.personDecisions(caseNumber, "granted", "art12-exclusion-1f",
            "Основание не соответствует решению, проверка сервера.")).create())))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Лицо 1, «Правовое основание»: основание не соответствует решению");
    // what the form only shows is not a field the step accepts
    assertThatThrownBy(() -> steps.complete(caseNumber, "Task_DecidePetition", "manager", Map.of("personDecisions",
        SpinValues.jsonValue(steps.personDecisions(caseNumber, "refused", "art12-exclusion-1f",
            "Основания исключения по статье 1F подтверждены материалами.")).create(),
        "assessmentRecord", "подменённое заключение")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("assessmentRecord");

    String reasons = "Основания исключения по статье 1F подтверждены материалами проверки.";
    steps.decideAll(caseNumber, "manager", "refused", "art12-exclusion-1f",
        reasons);
    steps.serveRefusal(caseNumber);
    String grounds = "Заявитель оспаривает сведения о вооружённом формировании: в 2015 году он учился в Кабуле.";
    assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + caseNumber + "/appeals",
        Map.of("lodgedOn", LocalDate.now().toString(), "grounds", grounds), String.class).getStatusCode().is2xxSuccessful())
        .isTrue();

    String appealTask = steps.task(caseNumber, "Task_DecideAppeal").getId();
    assertThat(formService.getTaskFormVariables(appealTask)).containsKeys(FILE.toArray(String[]::new));
    Map<String, Object> decision = jdbc.queryForMap(
        "select legal_ground, reasons, decided_by from decision where case_id = ?", caseId);
    assertThat(text(appealTask, "appealedDecision")).contains("Решение: отказать",
        "принял(а): " + staffName((String) decision.get("decided_by")) + ", ", (String) decision.get("reasons"),
        "Правовое основание: " + procedure.legalGround((String) decision.get("legal_ground")).orElseThrow().label());
    Map<String, Object> appeal = jdbc.queryForMap("select lodged_on, grounds from appeal where case_id = ?", caseId);
    assertThat(text(appealTask, "appealRecord")).contains((String) appeal.get("grounds"),
        "Жалоба подана " + ((java.sql.Date) appeal.get("lodged_on")).toLocalDate()
            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(text(appealTask, "assessmentRecord")).isEqualTo(assessmentShown);

    // engine history holds none of the file
    String instance = steps.instance(caseNumber);
    List<String> shown = new ArrayList<>(FILE);
    shown.addAll(List.of("appealedDecision", "appealRecord", "decisionSheet", "personDecisions"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableNameIn(
        shown.toArray(String[]::new)).count()).isZero();
  }

  @Test
  void theFormsShowTheFileWithoutTakingItBack() {
    assertThat(forms.taskFields(PetitionProcess.KEY, PetitionProcess.TASK_DECIDE_PETITION))
        .containsExactly("personDecisions");
    assertThat(forms.taskFields(PetitionProcess.KEY, PetitionProcess.TASK_DECIDE_APPEAL))
        .containsExactlyInAnyOrder("appealOutcome", "appealReasons");
    assertThat(forms.taskFields(PetitionProcess.KEY, PetitionProcess.TASK_ASSESS_PETITION))
        .doesNotContain("interviewAccount");
  }

  /** Surname, name and login, as the engine's users hold them. */
  private String staffName(String login) {
    var user = identity.createUserQuery().userId(login).singleResult();
    return user.getLastName() + " " + user.getFirstName() + " (" + login + ")";
  }

  private String text(String taskId, String name) {
    Object value = formService.getTaskFormVariables(taskId, List.of(name), true).get(name);
    assertThat(value).as(name).isInstanceOf(String.class);
    return (String) value;
  }

  private static Map<String, Object> family() {
    String surname = CaseSteps.uniqueSurname("Ахмади");
    var head = Map.<String, Object>of("role", "head", "surname", surname, "givenName", "Навид",
        "dateOfBirth", "1981-05-14", "sex", "male", "citizenship", "AF",
        "documentType", "passport", "documentNumber", "P" + System.nanoTime() % 1_000_000_000);
    var child = Map.<String, Object>of("role", "child", "surname", surname, "givenName", "Зухра",
        "dateOfBirth", LocalDate.now().minusYears(9).minusDays(3).toString(), "sex", "female", "citizenship", "AF");
    return Map.of("arrivalDate", LocalDate.now().minusDays(2).toString(), "filingDate", LocalDate.now().toString(),
        "language", "ru", "address", "Центр временного размещения, Алматы", "members", List.of(head, child));
  }
}
