package kz.migration.refugee.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntSupplier;
import kz.migration.refugee.BenchDatabase;
import kz.migration.refugee.BenchFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The auditors' case timeline ({@code GET /api/audit/cases/{caseNumber}}) at a million decisions, on PostgreSQL:
 * loads by bulk SQL {@code bench.decisions} (default 1 000 000) decisions over a quarter as many cases (each with its
 * petition), as many decision-log entries, and for each case a process instance in the engine's history with four
 * activities (two of them user tasks), unless already loaded. Then times the timeline of random cases as the endpoint
 * makes it ({@link DecisionHistory#timeline}, without HTTP), the decisions of a month across cases
 * ({@code GET /api/audit/decisions?from=&to=}) and a page of the decision log, p50 and p95, and prints the plans of
 * the SQL behind the timeline. All to {@code target/bench-audit.txt}.
 * <p>
 * {@code BENCH_POSTGRES_URL=... ./mvnw -Pbench test -Dtest=AuditTimelineBenchmark} (default database
 * {@code refugee_bench}; {@code -Dbench.fresh=true} empties it first). Case numbers {@code BA-...}. The loaded
 * decision-log entries are not a valid chain: verification of that database reports them.
 */
@Tag("benchmark")
@SpringBootTest(properties = "logging.level.org.camunda=warn")
@ActiveProfiles("test")
class AuditTimelineBenchmark {

  private static final int DECISIONS = Integer.getInteger("bench.decisions", 1_000_000);
  private static final int RUNS = Integer.getInteger("bench.runs", 100);

  @Autowired JdbcTemplate jdbc;
  @Autowired DecisionHistory history;
  @Autowired DecisionLog decisionLog;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use(registry);
  }

  @BeforeAll
  static void emptyDatabase() throws Exception {
    if (Boolean.getBoolean("bench.fresh")) {
      BenchDatabase.empty();
    }
  }

  @Test
  void timesTheCaseTimelineAtAMillionDecisions() throws IOException {
    int cases = DECISIONS / 4;
    long t0 = System.nanoTime();
    load(cases);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    for (String table : List.of("family_case", "petition", "decision", "decision_log", "act_hi_procinst",
        "act_hi_actinst", "act_hi_detail", "act_hi_decinst")) {
      jdbc.execute("vacuum analyze " + table);
    }
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT,
        "audit at %,d decisions, %,d decision-log entries, %,d historic process instances, %,d historic activities;"
            + " PostgreSQL %s, %d cores (load %,d ms)",
        jdbc.queryForObject("select count(*) from decision", Long.class),
        jdbc.queryForObject("select count(*) from decision_log", Long.class),
        jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class),
        jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class),
        jdbc.queryForObject("show server_version", String.class), Runtime.getRuntime().availableProcessors(), loadMs));

    Random random = new Random(1);
    var timeline = history.timeline(caseNumber(random.nextInt(cases) + 1));
    assertThat(timeline.decisions()).hasSize(4);
    assertThat(timeline.steps()).hasSize(4);

    report.add(String.format(Locale.ROOT, "%-52s %6s %10s %10s", "request (service, as the endpoint)", "runs",
        "p50 ms", "p95 ms"));
    report.add(time("audit/cases/{caseNumber} (timeline)", RUNS,
        () -> history.timeline(caseNumber(random.nextInt(cases) + 1)).decisions().size()));
    report.add(time("audit/decisions?from=&to= (a day, across cases)", RUNS / 4, () -> {
      LocalDate day = LocalDate.of(2001, 1, 1).plusDays(random.nextInt(9000));
      return history.decisions(new DecisionHistory.Filter(day, day, null, null, null, null)).size();
    }));
    report.add(time("audit/decision-log?from=&limit=100", RUNS, () ->
        decisionLog.entries(1 + random.nextInt(DECISIONS - 100), 100).size()));

    String caseNumber = caseNumber(cases / 2);
    String instance = jdbc.queryForObject("select proc_inst_id_ from act_hi_procinst where business_key_ = ?",
        String.class, caseNumber);
    report.add("");
    report.add("plans behind one timeline (case " + caseNumber + ")");
    explain(report, "engine: process instances by business key",
        "select * from act_hi_procinst where business_key_ = ?", caseNumber);
    explain(report, "engine: activities of the instance",
        "select * from act_hi_actinst where proc_inst_id_ = ? order by id_", instance);
    explain(report, "engine: DMN evaluations of the instance",
        "select * from act_hi_decinst where proc_inst_id_ = ?", instance);
    explain(report, "engine: variables submitted with a task",
        "select * from act_hi_detail where task_id_ = ?", "BA-task-" + (cases / 2));
    explain(report, "data bank: the case's decisions", DecisionHistory.DECISIONS.replace(":fromTime", "?")
            .replace(":toTime", "?").replace(":decidedBy", "?").replace(":outcome", "?").replace(":legalGround", "?")
            .replace(":deadlineMissed", "?").replace(":caseNumber", "?"),
        null, null, null, null, null, null, null, null, null, null, null, null, caseNumber, caseNumber);
    report.forEach(System.out::println);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/bench-audit.txt"), report);
  }

  private void explain(List<String> report, String what, String sql, Object... args) {
    String plan = String.join("\n    ", jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, args));
    report.add(what);
    report.add("    " + plan);
  }

  private static String caseNumber(int n) {
    return "BA-%08d".formatted(n);
  }

  private void load(int cases) {
    Long loaded = jdbc.queryForObject("select count(*) from family_case where case_number like 'BA-%'", Long.class);
    if (loaded >= cases) {
      return;
    }
    jdbc.update("""
        insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
        select 'BA-' || lpad(g::text, 8, '0'), 'GRANTED', date '2000-01-01' + (g % 9000), date '2000-01-02' + (g % 9000),
               'Алматы', now(), 0
        from generate_series(1, ?) g
        """, cases);
    jdbc.update("""
        insert into petition (case_id, filed_on, language, filed_late, decision_due_on, deadline_extended, deadline_missed)
        select id, registered_on, 'ru', false, registered_on + 90, false, false
        from family_case where case_number like 'BA-%'
        """);
    // four decisions per case: refused, granted on appeal, a deadline's extension shape, a later grant
    jdbc.update("""
        insert into decision (case_id, outcome, legal_ground, reasons, decided_by, decided_at)
        select c.id, case when k % 2 = 1 then 'REFUSED' else 'GRANTED' end, 'art1-well-founded-fear', '-',
               'manager', (c.registered_on + 30 * k)::timestamp at time zone 'UTC' + interval '10 hours'
        from family_case c cross join generate_series(1, 4) k
        where c.case_number like 'BA-%'
        """);
    long last = jdbc.queryForObject("select last_sequence_no from decision_log_head", Long.class);
    jdbc.update("""
        insert into decision_log (sequence_no, kind, case_number, actor, occurred_at, content, previous_hash, hash)
        select ? + row_number() over (order by d.id), 'DECISION', c.case_number, d.decided_by, d.decided_at,
               '{"outcome":"' || d.outcome || '"}', repeat('0', 64), repeat('f', 64)
        from decision d join family_case c on c.id = d.case_id
        where c.case_number like 'BA-%'
        """, last);
    jdbc.update("""
        update decision_log_head set last_sequence_no = (select max(sequence_no) from decision_log),
               last_hash = repeat('f', 64)
        """);
    jdbc.update("""
        insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                                     end_time_, root_proc_inst_id_, state_)
        select 'BA-pi-' || g, 'BA-pi-' || g, 'BA-' || lpad(g::text, 8, '0'), 'refugee-status-determination',
               'refugee-status-determination:1:bench', timestamp '2000-01-02' + g * interval '1 minute',
               timestamp '2000-06-02' + g * interval '1 minute', 'BA-pi-' || g, 'COMPLETED'
        from generate_series(1, ?) g
        """, cases);
    jdbc.update("""
        insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
                                    proc_inst_id_, execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_,
                                    start_time_, end_time_, duration_, act_inst_state_, sequence_counter_)
        select 'BA-ai-' || g || '-' || k, 'BA-pi-' || g, 'refugee-status-determination',
               'refugee-status-determination:1:bench', 'BA-pi-' || g, 'BA-pi-' || g, 'BA-pi-' || g,
               (array['StartEvent_Filed', 'Task_InterviewApplicant', 'Task_Decide', 'EndEvent_Decided'])[k],
               case when k in (2, 3) then 'BA-task-' || g || case when k = 3 then '-d' else '' end end,
               (array['Подано', 'Собеседование', 'Решение', 'Решено'])[k],
               (array['startEvent', 'userTask', 'userTask', 'noneEndEvent'])[k],
               case when k in (2, 3) then 'caseworker' end,
               timestamp '2000-01-02' + g * interval '1 minute' + k * interval '1 day',
               timestamp '2000-01-02' + g * interval '1 minute' + k * interval '1 day' + interval '1 hour',
               3600000, 1, k
        from generate_series(1, ?) g cross join generate_series(1, 4) k
        """, cases);
  }

  private static String time(String what, int runs, IntSupplier request) {
    request.getAsInt(); // warm
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      request.getAsInt();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    double[] p = BenchFigures.p50p95(ms);
    return String.format(Locale.ROOT, "%-52s %6d %10.1f %10.1f", what, runs, p[0], p[1]);
  }
}
