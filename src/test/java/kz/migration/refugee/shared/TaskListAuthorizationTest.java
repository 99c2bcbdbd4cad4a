package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Tasks are read and worked through their candidate groups with no authorization row per task (the rows made every
 * task query grow faster than the open work, see {@code TaskListBenchmark}), and each role still sees exactly the work
 * its groups give it, however a query is put.
 */
@ApplicationTest
class TaskListAuthorizationTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired org.camunda.bpm.engine.FilterService filters;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  String caseNumber;
  Task interview;
  Task decision;

  @BeforeEach
  void aCaseAtItsDecisionAndOneAtItsInterview() {
    CaseSteps steps = new CaseSteps(http, runtime, tasks, management, identity);
    String interviewCase = steps.file(CaseSteps.family());
    caseNumber = steps.toDecision(CaseSteps.family());
    interview = steps.task(interviewCase, "Task_InterviewApplicant");
    decision = steps.task(caseNumber, "Task_DecidePetition");
  }

  @Test
  void noTaskHasAnAuthorizationRowOfItsOwn() {
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(interview.getId())
        .count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(decision.getId())
        .count()).isZero();
  }

  @Test
  void theTaskListsSortOrdersAndCountsAreIndexed() throws Exception {
    try (var connection = dataSource.getConnection()) {
      var names = new java.util.HashSet<String>();
      for (String table : List.of("ACT_RU_TASK", "act_ru_task", "ACT_RU_IDENTITYLINK", "act_ru_identitylink")) {
        try (var rows = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
          while (rows.next()) {
            names.add(String.valueOf(rows.getString("INDEX_NAME")).toUpperCase(java.util.Locale.ROOT));
          }
        }
      }
      assertThat(names).contains("REFUGEE_IDX_TASK_CREATED_ID", "REFUGEE_IDX_TASK_DUE_ID",
          "REFUGEE_IDX_TASK_PRIORITY_DUE_ID", "REFUGEE_IDX_TASK_COUNTED", "REFUGEE_IDX_IDENT_LNK_CANDIDATE");
    }
  }

  @Test
  void caseworkersSeeTheirGroupsTasksHoweverTheyAsk() {
    assertThat(caseworker(() -> ids(tasks.createTaskQuery().list()))).contains(interview.getId())
        .doesNotContain(decision.getId());
    assertThat(caseworker(() -> tasks.createTaskQuery().taskId(decision.getId()).count())).isZero();
    assertThat(caseworker(() -> tasks.createTaskQuery().taskCandidateGroup("managers").count())).isZero();
    assertThat(caseworker(() -> tasks.createTaskQuery().taskCandidateGroupIn(List.of("managers", "caseworkers"))
        .list())).extracting(Task::getId).contains(interview.getId()).doesNotContain(decision.getId());
    assertThat(caseworker(() -> tasks.createTaskQuery().taskCandidateGroupLike("%").list())).extracting(Task::getId)
        .contains(interview.getId()).doesNotContain(decision.getId());
    assertThat(caseworker(() -> tasks.createTaskQuery().taskCandidateUser("manager").count())).isZero();
    assertThat(caseworker(() -> tasks.createTaskQuery().or().taskCandidateGroup("managers").taskId(decision.getId())
        .endOr().count())).isZero();
    // what Tasklist's «Мои задачи» asks for: a task taken by the caseworker stays in view
    caseworker(() -> { tasks.claim(interview.getId(), "caseworker"); return null; });
    assertThat(caseworker(() -> ids(tasks.createTaskQuery().taskAssignee("caseworker").list())))
        .contains(interview.getId());
  }

  @Test
  void aSingleTaskIsReadAndWorkedOnlyByItsCandidateGroups() {
    assertThatThrownBy(() -> caseworker(() -> tasks.getVariables(decision.getId())))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> caseworker(() -> { tasks.claim(decision.getId(), "caseworker"); return null; }))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(caseworker(() -> tasks.getVariables(interview.getId()))).isNotEmpty();
    assertThat(as("manager", "managers", () -> tasks.createTaskQuery().taskId(decision.getId()).count())).isOne();
    as("manager", "managers", () -> { tasks.claim(decision.getId(), "manager"); return null; });
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).singleResult().getAssignee()).isEqualTo("manager");
    // auditors read all of it by a grant of their own, operators none of it, and neither works it
    assertThat(as("auditor", "auditors", () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()))
        .isEqualTo(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count());
    assertThat(as("operator", "operators", () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()))
        .isZero();
    assertThatThrownBy(() -> as("auditor", "auditors", () -> { tasks.claim(interview.getId(), "auditor"); return null; }))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void throughEngineRestACaseworkerNeitherFindsNorOpensNorTakesAManagersDecision() {
    var caseworker = http.withBasicAuth("caseworker", "demo");
    for (String query : List.of("/engine-rest/task?candidateGroup=managers", "/engine-rest/task?candidateUser=manager",
        "/engine-rest/task?candidateGroupLike=%25", "/engine-rest/task?taskId=" + decision.getId())) {
      var found = caseworker.getForEntity(query, String.class);
      assertThat(found.getStatusCode().value()).as(query).isEqualTo(200);
      assertThat(found.getBody()).as(query).doesNotContain(decision.getId());
    }
    var posted = caseworker.postForEntity("/engine-rest/task", Map.of("candidateGroups", List.of("managers")), String.class);
    assertThat(posted.getBody()).isEqualTo("[]");
    assertThat(caseworker.getForEntity("/engine-rest/task/" + decision.getId(), String.class).getStatusCode().value())
        .isIn(403, 404);
    assertThat(caseworker.getForEntity("/engine-rest/task/" + decision.getId() + "/form-variables", String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(caseworker.postForEntity("/engine-rest/task/" + decision.getId() + "/claim",
        Map.of("userId", "caseworker"), String.class).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).singleResult().getAssignee()).isNull();
    assertThat(caseworker.getForEntity("/engine-rest/task/" + interview.getId(), String.class).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void throughTasklistsApiACaseworkersFiltersShowNoManagersDecisionWhateverTheyAddToThem() throws Exception {
    TasklistSession tasklist = TasklistSession.login(port, "caseworker");
    int refused = 0;
    for (var filter : filters.createFilterQuery().list()) {
      for (String extension : List.of("{}", "{\"candidateGroups\": [\"managers\"]}", "{\"candidateGroupLike\": \"%\"}",
          "{\"candidateUser\": \"manager\"}", "{\"taskId\": \"" + decision.getId() + "\"}")) {
        var page = tasklist.post(TasklistSession.API + "/filter/" + filter.getId() + "/list?firstResult=0&maxResults=1000",
            extension);
        // a criterion the filter's own contradicts (a candidate user beside candidate groups) is refused as bad input
        assertThat(page.statusCode()).as("%s %s", filter.getName(), extension).isIn(200, 400);
        assertThat(page.body()).as("%s %s", filter.getName(), extension).doesNotContain(decision.getId());
        if (page.statusCode() == 400) {
          assertThat(page.body()).contains(EngineRestErrors.CONTRADICTORY_CRITERIA);
          refused++;
        }
      }
    }
    assertThat(refused).as("a candidate user added to the groups' filters").isPositive();
    var decisionPage = tasklist.get(TasklistSession.API + "/task/" + decision.getId() + "/form-variables");
    assertThat(decisionPage.statusCode()).isIn(403, 404);
  }

  private static List<String> ids(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }

  private <T> T caseworker(Supplier<T> query) {
    return as("caseworker", "caseworkers", query);
  }

  private <T> T as(String user, String group, Supplier<T> query) {
    identity.setAuthentication(user, List.of(group));
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
