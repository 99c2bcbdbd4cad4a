package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the task list's page is read by the matching tasks' ids ({@link TaskPageQuery}); every query finds
 * the same tasks, in the same order, page by page, as the engine's own statement: as a caseworker (narrowed to the
 * groups), as a manager (the department-wide grant joined), a task in two of the user's groups once, sorted by the
 * task's columns or by a variable, or-queries and variable criteria. And each connection starts with the planner
 * settings that let PostgreSQL answer a filter's count from indexes ({@link PostgresPool}).
 */
@ApplicationTest
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskPageQueryPostgresTest {

  private static final String MODEL = "task-page-query";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private String deployment;

  @BeforeAll
  void tasksOfSeveralGroupsDueOnFewDays() {
    deployment = repository.createDeployment().addModelInstance(MODEL + ".bpmn", Bpmn.createExecutableProcess(MODEL)
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Page").name("Шаг").camundaCandidateGroups("${groups}")
        .camundaDueDate("${due}").camundaPriority("${priority}").endEvent().done()).deploy().getId();
    String[] groups = {"caseworkers", "managers", "caseworkers,managers", "auditors"};
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < 48; i++) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("groups", groups[i % groups.length]);
      // few distinct due dates, so that the order within a day is the tie-break's
      variables.put("due", Date.from(now.plus(i % 5, ChronoUnit.DAYS)));
      variables.put("priority", i % 3 == 0 ? 60 : 50);
      variables.put("rank", i % 7);
      String instance = runtime.startProcessInstanceByKey(MODEL, variables).getId();
      // some taken by a member of one of their groups
      String assignee = switch (i % 8) {
        case 0 -> "caseworker";
        case 1, 2 -> "manager";
        default -> null;
      };
      if (assignee != null) {
        tasks.setAssignee(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), assignee);
      }
    }
  }

  @AfterAll
  void removeThem() {
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void thePageQueryIsInPlaceOnPostgresql() {
    assertThat(sessions().mapStatement(TaskPageQuery.ENGINE_STATEMENT)).isEqualTo(TaskPageQuery.STATEMENT);
  }

  @Test
  void everyConnectionPlansForCachedIndexesWithoutJitAndTheOpenWorkIsVacuumedOften() {
    assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    assertThat(jdbc.queryForList("select array_to_string(reloptions, ',') from pg_class where relname in "
        + "('act_ru_task', 'act_ru_identitylink')", String.class))
        .as("the open work's tables vacuumed after 1 %% of their rows changed")
        .containsOnly("autovacuum_vacuum_scale_factor=0.01,autovacuum_vacuum_insert_scale_factor=0.01");
  }

  @Test
  void everyQueryFindsWhatTheEnginesStatementFinds() {
    Map<String, Supplier<TaskQuery>> queries = new LinkedHashMap<>();
    queries.put("group, unassigned, by due date", () -> mine().taskCandidateGroup("caseworkers").taskUnassigned()
        .orderByDueDate().asc());
    queries.put("groups incl. assigned, by priority and due date", () -> mine()
        .taskCandidateGroupIn(List.of("caseworkers", "managers")).includeAssignedTasks().orderByTaskPriority().desc()
        .orderByDueDate().asc());
    queries.put("due before, by due date desc", () -> mine().taskCandidateGroup("caseworkers").includeAssignedTasks()
        .dueBefore(Date.from(Instant.now().plus(3, ChronoUnit.DAYS))).orderByDueDate().desc());
    queries.put("assignee, by creation", () -> mine().taskAssignee("caseworker").orderByTaskCreateTime().asc());
    queries.put("or-query", () -> mine().or().taskCandidateGroup("managers").taskAssignee("caseworker").endOr()
        .orderByDueDate().asc());
    queries.put("variable criterion", () -> mine().processVariableValueEquals("rank", 3).orderByDueDate().asc());
    queries.put("by a variable", () -> mine().orderByProcessVariable("rank",
        org.camunda.bpm.engine.variable.type.ValueType.INTEGER).asc().orderByDueDate().asc());
    queries.put("by name, case-insensitive", () -> mine().orderByTaskNameCaseInsensitive().asc().orderByDueDate()
        .asc());
    queries.put("no order", this::mine);
    for (String user : List.of("caseworker", "manager")) {
      List<String> groups = List.of(user.equals("caseworker") ? "caseworkers" : "managers");
      queries.forEach((name, query) -> {
        // ties broken by the id on both sides: the same tasks in the same order, page by page
        Supplier<TaskQuery> total = () -> query.get().orderByTaskId().asc();
        for (int first : new int[] {0, 5, 10}) {
          List<String> product = as(user, groups, () -> ids(total.get().listPage(first, 5)));
          List<String> engine = withEnginesStatement(() -> as(user, groups, () -> ids(total.get().listPage(first, 5))));
          assertThat(product).as("%s as %s from %d", name, user, first).isEqualTo(engine);
        }
        // as Tasklist asks, with ties in its sort order: pages that neither repeat nor skip a task
        List<String> all = as(user, groups, () -> ids(query.get().list()));
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < all.size(); first += 5) {
          int from = first;
          paged.addAll(as(user, groups, () -> ids(query.get().listPage(from, 5))));
        }
        assertThat(paged).as("%s as %s, page by page", name, user).isEqualTo(all).doesNotHaveDuplicates()
            .hasSize((int) (long) as(user, groups, () -> query.get().count()));
        assertThat(all).as("%s as %s: the engine's tasks", name, user).containsExactlyInAnyOrderElementsOf(
            withEnginesStatement(() -> as(user, groups, () -> ids(query.get().list()))));
      });
    }
    assertThat(as("caseworker", List.of("caseworkers"), () -> mine().taskCandidateGroup("caseworkers")
        .includeAssignedTasks().count()))
        .as("the caseworkers' tasks, those also the managers' included").isEqualTo(24);
  }

  private TaskQuery mine() {
    return tasks.createTaskQuery().processDefinitionKey(MODEL);
  }

  private <T> T as(String user, List<String> groups, Supplier<T> work) {
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private <T> T withEnginesStatement(Supplier<T> work) {
    DbSqlSessionFactory sessions = sessions();
    Map<String, String> shipped = sessions.getStatementMappings();
    Map<String, String> engines = new HashMap<>(shipped);
    engines.remove(TaskPageQuery.ENGINE_STATEMENT);
    sessions.setStatementMappings(engines);
    try {
      return work.get();
    } finally {
      sessions.setStatementMappings(shipped);
    }
  }

  private DbSqlSessionFactory sessions() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory();
  }

  private static List<String> ids(List<Task> found) {
    return found.stream().map(Task::getId).toList();
  }
}
