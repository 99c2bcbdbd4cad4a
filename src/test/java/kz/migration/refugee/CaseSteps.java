package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.schooling.SchoolReferralProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Takes a case through its steps as the people would: the API to file, the engine with the user's groups for tasks. */
public record CaseSteps(TestRestTemplate http, RuntimeService runtime, TaskService tasks, ManagementService management,
    IdentityService identity) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** One instance per asylum-seeker certificate, beside the case's own processes. */
  public static final String CERTIFICATE_PROCESS = "asylum-seeker-certificate";

  /**
   * Files through {@code POST /api/petitions} as caseworker, expects a registered case, and appoints its interview
   * (as caseworker): the case awaits its interview, as most tests need it.
   */
  public String file(Map<String, Object> petition) {
    String caseNumber = fileOnly(petition);
    schedule(caseNumber);
    return caseNumber;
  }

  /** Appoints the interview of a case waiting for it, today, as caseworker. */
  public void schedule(String caseNumber) {
    complete(caseNumber, "Task_ScheduleInterview", "caseworker", Map.of(
        "appointmentDate", LocalDate.now().toString(), "appointmentTime", "10:00",
        "appointmentPlace", "Управление миграции, каб. 12", "interpreterNeeded", false));
  }

  /** Files through {@code POST /api/petitions} as caseworker; expects a registered case, awaiting its appointment. */
  public String fileOnly(Map<String, Object> petition) {
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> response = http.withBasicAuth("caseworker", "demo")
        .postForEntity("/api/petitions", petition, Map.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody().get("duplicateReview")).isEqualTo(false);
    return (String) response.getBody().get("caseNumber");
  }

  /** Files the family and takes it through interview, checks, assessment (caseworker) and grant (manager). */
  public String grant(Map<String, Object> family) {
    String caseNumber = toDecision(family);
    decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear",
        "Обоснованные опасения преследования по признаку национальности подтверждены.");
    return caseNumber;
  }

  /**
   * Files the family and takes it through interview, checks and a credible assessment recommending a grant
   * (caseworker): the case waits for the managers' decision.
   */
  public String toDecision(Map<String, Object> family) {
    String caseNumber = file(family);
    complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании за принадлежность к этнической группе."));
    runAgencyChecks(caseNumber);
    assessEach(caseNumber, "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant"));
    return caseNumber;
  }

  /** Completes the assessment of every person of the case waiting for one, each with the same form, as the user. */
  public int assessEach(String caseNumber, String user, Map<String, Object> form) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_AssessPetition").list();
    assertThat(open).as("assessments of %s", caseNumber).isNotEmpty();
    open.forEach(task -> complete(task, user, form));
    return open.size();
  }

  /**
   * Decides every person the decision task lists: those decided on their own the same way ({@code outcome},
   * {@code legalGround}, {@code reasons}), each child following the first adult listed.
   */
  public void decideAll(String caseNumber, String user, String outcome, String legalGround, String reasons) {
    complete(caseNumber, "Task_DecidePetition", user,
        Map.of("personDecisions", SpinValues.jsonValue(personDecisions(caseNumber, outcome, legalGround, reasons))
            .create()));
  }

  /** The {@code personDecisions} a manager submits to decide everyone listed the same way (see {@link #decideAll}). */
  public String personDecisions(String caseNumber, String outcome, String legalGround, String reasons) {
    return personDecisions(decisionSheet(caseNumber), outcome, legalGround, reasons);
  }

  /** The same, from a decision sheet the deciding form has already shown ({@link #decisionSheet}). */
  public static String personDecisions(JsonNode sheet, String outcome, String legalGround, String reasons) {
    ArrayNode rows = JSON.createArrayNode();
    JsonNode persons = sheet.path("persons");
    Long parent = null;
    for (JsonNode p : persons) {
      if (parent == null && p.path("adult").asBoolean()) {
        parent = p.path("personId").asLong();
      }
    }
    for (JsonNode p : persons) {
      ObjectNode row = rows.addObject().put("personId", p.path("personId").asLong());
      if (p.path("alone").asBoolean()) {
        row.put("outcome", outcome).put("legalGround", legalGround).put("reasons", reasons);
      } else {
        row.put("outcome", "follows_parent").put("followsPersonId", parent);
      }
    }
    return rows.toString();
  }

  /**
   * The {@code variables} of an engine REST or Tasklist {@code complete}/{@code submit-form} deciding everyone listed
   * the same way, with {@code extra} variables (name → value) a client adds of its own.
   */
  public String decisionRequest(String caseNumber, String outcome, String legalGround, String reasons,
      Map<String, String> extra) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    variables.putObject("personDecisions").put("type", "Json")
        .put("value", personDecisions(caseNumber, outcome, legalGround, reasons));
    extra.forEach((name, value) -> variables.putObject(name).put("value", value));
    return body.toString();
  }

  /** What the decision task of the case lists: the persons to decide, the adults a child may follow, the grounds. */
  public JsonNode decisionSheet(String caseNumber) {
    Task task = task(caseNumber, "Task_DecidePetition");
    assertThat(task).as("decision task of %s", caseNumber).isNotNull();
    return decisionSheet(shown(task.getId(), "decisionSheet"));
  }

  /** The decision sheet among the deciding task's form variables, as its form reads it. */
  public static JsonNode decisionSheet(VariableMap shown) {
    try {
      return JSON.readTree((String) shown.get("decisionSheet"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A member's person id, by given name, as the registry serves the case. */
  public long memberId(String caseNumber, String givenName) {
    try {
      JsonNode c = JSON.readTree(http.withBasicAuth("manager", "demo")
          .getForEntity("/api/registry/cases/" + caseNumber, String.class).getBody());
      for (JsonNode member : c.path("members")) {
        if (givenName.equals(member.path("givenName").asText())) {
          return member.path("id").asLong();
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalArgumentException("no member " + givenName + " in " + caseNumber);
  }

  /** Person ids as the decision task lists them, head first. */
  public List<Long> personsToDecide(String caseNumber) {
    List<Long> ids = new ArrayList<>();
    decisionSheet(caseNumber).path("persons").forEach(p -> ids.add(p.path("personId").asLong()));
    return ids;
  }

  /** The refusal is handed to the applicant today (caseworker): the appeal window runs from today. */
  public void serveRefusal(String caseNumber) {
    complete(caseNumber, "Task_RecordNoticeService", "caseworker", Map.of(
        "noticeServedHow", "in-person", "noticeServedOn", LocalDate.now().toString()));
  }

  /** The agency checks wait in asynchronous jobs; runs them as the job executor would. */
  public void runAgencyChecks(String caseNumber) {
    List<Job> jobs = management.createJobQuery().processInstanceId(instance(caseNumber)).messages().list();
    assertThat(jobs).hasSize(2);
    jobs.forEach(job -> management.executeJob(job.getId()));
  }

  /** Claims and completes a task as the user, with their groups, so that the engine's authorizations apply. */
  public void complete(String caseNumber, String taskKey, String user, Map<String, Object> form) {
    Task task = task(caseNumber, taskKey);
    assertThat(task).as("task %s of %s", taskKey, caseNumber).isNotNull();
    complete(task, user, form);
  }

  private void complete(Task task, String user, Map<String, Object> form) {
    identity.setAuthentication(user,
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      tasks.claim(task.getId(), user);
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** What the task's form shows and holds, as Tasklist loads it when the form is opened (its form variables). */
  public VariableMap shown(String taskId) {
    return forms().getTaskFormVariables(taskId);
  }

  /** Those of the task's form variables a form asks for by name (as the deciding form's script does). */
  public VariableMap shown(String taskId, String... names) {
    return forms().getTaskFormVariables(taskId, List.of(names), true);
  }

  private FormServiceImpl forms() {
    FormServiceImpl forms = new FormServiceImpl();
    forms.setCommandExecutor(((ServiceImpl) runtime).getCommandExecutor());
    return forms;
  }

  /** A list the task's form shows (options, rows), as JSON. */
  public SpinJsonNode shownJson(String taskId, String name) {
    SerializableValue value = shown(taskId, name).getValueTyped(name);
    return value == null ? null : Spin.JSON(value.getValueSerialized());
  }

  /** A text the task's form shows. */
  public String shownText(String taskId, String name) {
    return (String) shown(taskId, name).get(name);
  }

  public Task task(String caseNumber, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
  }

  /** The case's procedure: not its certificates' instances, nor a child's school referral. */
  public String instance(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyNotIn(CERTIFICATE_PROCESS, SchoolReferralProcess.KEY).singleResult().getId();
  }

  /**
   * A surname unique per run, so that reruns against the same database do not meet their own earlier
   * families in duplicate detection (consonants: the spelling-tolerant key ignores vowels).
   */
  public static String uniqueSurname(String stem) {
    String consonants = "бвгджзклмнпрстфхцчшщ";
    StringBuilder tag = new StringBuilder(stem).append('-');
    for (int i = 0; i < 8; i++) {
      tag.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
    }
    return tag.toString();
  }

  /** A one-person family with a unique name and passport. */
  public static Map<String, Object> family() {
    var random = ThreadLocalRandom.current();
    var head = Map.<String, Object>of("role", "head", "surname", uniqueSurname("Керимов"), "givenName", "Фарид",
        "dateOfBirth", (1960 + random.nextInt(30)) + "-03-11", "sex", "male", "citizenship", "AF",
        "documentType", "passport", "documentNumber", "K" + random.nextInt(1_000_000_000));
    return Map.of("arrivalDate", LocalDate.now().minusDays(2).toString(), "filingDate", LocalDate.now().toString(),
        "language", "ru", "address", "Центр временного размещения, Алматы", "members", List.of(head));
  }
}
