package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.BenchDatabase;
import kz.migration.refugee.BenchFigures;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist's page as a caseworker and a manager load it, as the open work grows, on PostgreSQL: the request Tasklist
 * sends when a filter is opened or refreshed ({@code POST filter/{id}/list}, a page of 15 active tasks in the filter's
 * order and then Tasklist's, newest first, with the case number and the family beside each task and the filter's
 * count, through the product's login, guards and the webapps' API), and
 * the engine REST count of the caseworkers' group. Each figure is measured with authorization as shipped and, in the
 * same run on the same rows, with the engine's authorization off (the raw engine's baseline: the same query with no
 * check). Open tasks in the models' proportions (nine caseworkers' steps to one manager's decision), due dates spread
 * over four months, beside the history of finished petitions: a few granted through the product, then their history
 * copied in SQL to {@code bench.historyRows} (default 1 000 000) rows ({@link FinishedPetitionHistory}); measured
 * after VACUUM ANALYZE. Prints a table and writes {@code target/bench-tasklist.txt}.
 * <p>
 * {@code ./mvnw -Pbench test -Dtest=TaskListBenchmark -Dbench.tasks=1000,10000,100000} (database
 * {@code BENCH_POSTGRES_URL}, default {@code refugee_bench}; emptied first).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.org.camunda=warn", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"test", "demo"})
class TaskListBenchmark {

  private static final int[] SIZES = Arrays.stream(System.getProperty("bench.tasks", "1000,10000").split(","))
      .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
  private static final int RUNS = Integer.getInteger("bench.runs", 15);
  private static final long HISTORY_ROWS = Long.getLong("bench.historyRows", 1_000_000);
  private static final String CASEWORK = "bench-casework";
  private static final String DECISION = "bench-decision";
  private static final int CHUNK = 500;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What Tasklist 7.24 sends with a filter's list: its own order (newest first, after the filter's), active tasks. */
  private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use(registry);
  }

  @BeforeAll
  static void emptyDatabase() throws Exception {
    BenchDatabase.empty();
  }

  @Test
  void tasklistsPageAsTheOpenWorkGrows() throws Exception {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    deploy(CASEWORK, "caseworkers");
    deploy(DECISION, "managers");
    String groupTasks = filters.createFilterQuery().filterName(TaskListFilters.GROUP_TASKS).singleResult().getId();
    String allTasks = filters.createFilterQuery().filterName("Все задачи").singleResult().getId();
    TasklistSession caseworker = TasklistSession.login(port, "caseworker");
    TasklistSession manager = TasklistSession.login(port, "manager");
    String history = fillHistory();
    List<String> report = new ArrayList<>();
    report.add("%-8s %-44s %10s %10s %12s %12s %7s".formatted("open", "request", "p50 ms", "p95 ms", "off p50 ms",
        "off p95 ms", "ratio"));
    int open = 0;
    for (int size : SIZES) {
      for (; open < size; open += CHUNK) {
        int from = open;
        int chunk = Math.min(CHUNK, size - open);
        transaction.executeWithoutResult(t -> {
          for (int i = from; i < from + chunk; i++) {
            Instant due = Instant.now().plus(i % 120 - 30, ChronoUnit.DAYS);
            runtime.startProcessInstanceByKey(i % 10 == 9 ? DECISION : CASEWORK, Map.of(
                TaskListVariables.CASE_NUMBER.name(), "B-%07d".formatted(i),
                TaskListVariables.FAMILY_NAME.name(), "Семья " + i, "due", Date.from(due)));
          }
        });
      }
      // what autovacuum does after such a load (this machine's server runs without it): statistics, and the
      // visibility map without which a count reads every task row instead of answering from the indexes
      jdbc.execute("vacuum analyze");
      long rows = jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class);
      long historyRows = new FinishedPetitionHistory(jdbc).count();
      assertThat(tasks.createTaskQuery().count()).isEqualTo(size);
      List<Measure> measures = List.of(
          new Measure("caseworker: «Задачи группы», page + count", () -> page(caseworker, groupTasks)),
          new Measure("caseworker: «Все задачи», page + count", () -> page(caseworker, allTasks)),
          new Measure("manager: «Задачи группы», page + count", () -> page(manager, groupTasks)),
          new Measure("caseworker: REST task/count, own group", () -> count(caseworker)));
      for (Measure measure : measures) {
        configuration.setAuthorizationEnabled(true);
        double[] shipped = measure.run();
        configuration.setAuthorizationEnabled(false);
        double[] off = measure.run();
        configuration.setAuthorizationEnabled(true);
        report.add(String.format(Locale.ROOT, "%-8d %-44s %10.1f %10.1f %12.1f %12.1f %7.2f", size, measure.what(),
            shipped[0], shipped[1], off[0], off[1], shipped[0] / off[0]));
      }
      report.add("%-8d authorization rows: %d, history rows: %d".formatted(size, rows, historyRows));
    }
    String text = "Tasklist's page, PostgreSQL " + jdbc.queryForObject("show server_version", String.class) + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, authorization check: "
        + configuration.getAuthorizationCheckRevokes() + ", " + history + "\n" + String.join("\n", report) + "\n";
    System.out.print(text);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "bench-tasklist.txt"), text);
  }

  /**
   * Grants a few petitions through the product (three persons alone, a couple), as the people would, and copies
   * their history to about {@code bench.historyRows} rows; answers what it made, for the report's header.
   */
  private String fillHistory() {
    CaseSteps steps = new CaseSteps(http, runtime, tasks, management, identity);
    for (int i = 0; i < 3; i++) {
      steps.grant(CaseSteps.family());
    }
    steps.grant(couple());
    assertThat(tasks.createTaskQuery().count()).as("granted petitions leave no open task").isZero();
    var history = new FinishedPetitionHistory(jdbc);
    long granted = history.count();
    int copies = history.copyUntil(HISTORY_ROWS);
    return "history rows: %d (the %d of 4 granted petitions and %d copies)".formatted(history.count(), granted,
        copies);
  }

  private static Map<String, Object> couple() {
    var random = ThreadLocalRandom.current();
    String surname = CaseSteps.uniqueSurname("Рахими");
    int year = 1970 + random.nextInt(20);
    var head = Map.<String, Object>of("role", "head", "surname", surname, "givenName", "Ахмад",
        "dateOfBirth", year + "-05-20", "sex", "male", "citizenship", "AF",
        "documentType", "passport", "documentNumber", "R" + random.nextInt(1_000_000_000));
    var spouse = Map.<String, Object>of("role", "spouse", "surname", surname, "givenName", "Зарина",
        "dateOfBirth", (year + 3) + "-09-02", "sex", "female", "citizenship", "AF",
        "documentType", "passport", "documentNumber", "Z" + random.nextInt(1_000_000_000));
    return Map.of("arrivalDate", LocalDate.now().minusDays(2).toString(),
        "filingDate", LocalDate.now().toString(), "language", "ru",
        "address", "Центр временного размещения, Алматы", "members", List.of(head, spouse));
  }

  private void deploy(String key, String group) {
    repository.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bench").name("Шаг").camundaDueDate("${due}")
        .camundaCandidateGroups(group).endEvent().done()).deploy();
  }

  /** Tasklist's request for a filter's first page: the tasks, their listed variables and the filter's count. */
  private static int page(TasklistSession session, String filter) throws Exception {
    HttpResponse<String> response = session.client().send(TasklistSession.request(session.port(),
            TasklistSession.API + "/filter/" + filter + "/list?firstResult=0&maxResults=15")
        .header("Content-Type", "application/json").header("Accept", "application/hal+json")
        .header("X-XSRF-TOKEN", session.token())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TASKLIST_BODY)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("_embedded").path("task").size()).isEqualTo(15);
    return body.path("count").asInt();
  }

  private static int count(TasklistSession session) throws Exception {
    HttpResponse<String> response = session.get(TasklistSession.API + "/task/count?candidateGroup=caseworkers");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("count").asInt();
  }

  interface Query {
    int run() throws Exception;
  }

  record Measure(String what, Query query) {
    /** p50 and p95 in ms. */
    double[] run() throws Exception {
      assertThat(query.run()).isPositive(); // warm
      double[] ms = new double[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long t = System.nanoTime();
        query.run();
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      return BenchFigures.p50p95(ms);
    }
  }
}
