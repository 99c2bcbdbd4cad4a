package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import kz.migration.refugee.BenchDatabase;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A caseworker's task list as the open work grows, on PostgreSQL with authorization on: the engine's list (a page of
 * 15, newest first) and count for the caseworkers' group, as the REST API and Tasklist ask for them, at
 * {@code bench.tasks} open tasks (default 1 000 and 10 000), each task with a candidate-group authorization row per
 * group as the models write them. Each figure is measured with the authorization check as shipped
 * ({@code authorization-check-revokes: always}), as the engine's default ({@code auto}) and with authorization off,
 * in the same run and on the same rows, after ANALYZE. Prints a table and writes {@code target/bench-tasklist.txt}.
 * <p>
 * {@code ./mvnw -Pbench test -Dtest=TaskListBenchmark} (database {@code BENCH_POSTGRES_URL}, default
 * {@code refugee_bench}; emptied first).
 */
@Tag("benchmark")
@SpringBootTest(properties = "logging.level.org.camunda=warn")
@ActiveProfiles("test")
class TaskListBenchmark {

  private static final int[] SIZES = Arrays.stream(System.getProperty("bench.tasks", "1000,10000").split(","))
      .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
  private static final String PROCESS = "bench-task-list";
  private static final int CHUNK = 500;

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use(registry);
  }

  @BeforeAll
  static void emptyDatabase() throws Exception {
    BenchDatabase.empty();
  }

  @Test
  void theCaseworkersTaskListAsTheOpenWorkGrows() throws IOException {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String shipped = configuration.getAuthorizationCheckRevokes();
    // the models' shape: one user task for caseworkers and managers
    repository.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bench").name("Шаг")
        .camundaCandidateGroups("caseworkers,managers").endEvent().done()).deploy();
    List<String> report = new ArrayList<>();
    report.add("%-9s %-34s %12s %12s".formatted("open", "query (caseworker)", "p50 ms", "p95 ms"));
    int open = 0;
    for (int size : SIZES) {
      for (; open < size; open += CHUNK) {
        int chunk = Math.min(CHUNK, size - open);
        transaction.executeWithoutResult(t -> {
          for (int i = 0; i < chunk; i++) {
            runtime.startProcessInstanceByKey(PROCESS);
          }
        });
      }
      jdbc.execute("analyze");
      long rows = jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class);
      assertThat(tasks.createTaskQuery().processDefinitionKey(PROCESS).count()).isEqualTo(size);
      // the engine's default grows with the square of the open work: measured up to 20 000 only
      for (String mode : size > 20_000 ? List.of(shipped, "off") : List.of(shipped, "auto", "off")) {
        boolean enabled = !"off".equals(mode);
        configuration.setAuthorizationEnabled(enabled);
        if (enabled) {
          configuration.setAuthorizationCheckRevokes(mode);
        }
        int runs = "auto".equals(mode) && size > 5_000 ? 3 : 9;
        report.add(row(size, "list, page of 15 (" + mode + ")", runs, () -> asCaseworker(() -> tasks.createTaskQuery()
            .taskCandidateGroup("caseworkers").orderByTaskCreateTime().desc().listPage(0, 15).size())));
        report.add(row(size, "count (" + mode + ")", runs, () -> asCaseworker(() -> (int) tasks.createTaskQuery()
            .taskCandidateGroup("caseworkers").count())));
      }
      configuration.setAuthorizationEnabled(true);
      configuration.setAuthorizationCheckRevokes(shipped);
      report.add("%-9d authorization rows: %d".formatted(size, rows));
    }
    String text = "Task list, PostgreSQL " + jdbc.queryForObject("show server_version", String.class) + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, shipped check: " + shipped + "\n"
        + String.join("\n", report) + "\n";
    System.out.print(text);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "bench-tasklist.txt"), text);
  }

  private int asCaseworker(Supplier<Integer> query) {
    identity.setAuthentication("caseworker", List.of("caseworkers"));
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String row(int open, String what, int runs, Supplier<Integer> query) {
    query.get(); // warm
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      assertThat(query.get()).isPositive();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return String.format(Locale.ROOT, "%-9d %-34s %12.1f %12.1f", open, what, ms[runs / 2],
        ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]);
  }

}
