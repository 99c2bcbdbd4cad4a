package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.migration.refugee.BenchDatabase;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.RuntimeService;
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
 * The recheck scheduler at country scale, on PostgreSQL: loads twice {@code bench.families} (default 100 000)
 * recognised families whose certificates all fall due within the lead time, times a scheduler pass with one
 * worker that starts the first set's rechecks and, after loading the second set, one with {@code bench.workers}
 * (default: the cores) that starts the second's, then times the same number of plain engine starts of the same process with the same
 * variables, chunks and transactions (no register work) on one thread and on {@code bench.workers} threads, on
 * the same database, in the same run. Prints
 * the figures and writes them to {@code target/bench-recheck.txt}. Not a test of speed: it only checks that
 * every family got exactly one recheck.
 * <p>
 * {@code ./mvnw -Pbench test} (database {@code BENCH_POSTGRES_URL}, default {@code refugee_bench} on
 * 127.0.0.1 as refugee/refugee; it is emptied first).
 */
@Tag("benchmark")
@SpringBootTest(properties = {"refugee.recheck.chunk-size=200", "logging.level.org.camunda=warn"})
@ActiveProfiles("test")
class RecheckSchedulerBenchmark {

  private static final int FAMILIES = Integer.getInteger("bench.families", 100_000);
  private static final int CHUNK = 200;
  private static final int WARM_UP = 2_000;
  /** Workers of the parallel pass and threads of the parallel baseline: {@code bench.workers}, default the cores. */
  private static final int WORKERS = Integer.getInteger("bench.workers", Runtime.getRuntime().availableProcessors());

  @Autowired RecheckScheduler scheduler;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use(registry);
  }

  /** A fresh schema: engine and register tables are created by the application as on a new installation. */
  @BeforeAll
  static void emptyDatabase() throws Exception {
    BenchDatabase.empty();
  }

  @Test
  void schedulerStartsTheRechecksOfAllDueFamilies() throws Exception {
    List<String> report = new ArrayList<>();
    long t0 = System.nanoTime();
    // Two sets: the first for a pass with one worker, the second, loaded after it, for a pass with WORKERS.
    var single = RecognisedFamilies.load(jdbc, FAMILIES, LocalDate.now().plusDays(1), 28, "GRANTED");
    report.add(line("families loaded (register rows)", "%d in %.1f s", single.count(), seconds(t0)));
    // the plan a chunk gets while families are due (the register's tables analyzed after the load)
    List<String> plan = jdbc.queryForList("explain analyze " + DUE_QUERY, String.class);

    // Warm the engine and the JIT before anything is timed; these instances stay beside the measured ones.
    plainStarts(WARM_UP, "RS-0001-", WORKERS);

    // each pass beside its baseline, one right after the other: the machine's load drifts over a long run
    double schedulerOne = pass(single, 1, report);
    double plainOne = plain(single.count(), "RS-0000-", 1, report);
    var parallel = RecognisedFamilies.load(jdbc, FAMILIES, LocalDate.now().plusDays(1), 28, "GRANTED");
    double schedulerMany = pass(parallel, WORKERS, report);
    double plainMany = plain(single.count(), "RS-0002-", WORKERS, report);
    report.add(line("scheduler / plain, 1 thread", "%.2f", schedulerOne / plainOne));
    report.add(line("scheduler / plain, " + WORKERS + " threads", "%.2f", schedulerMany / plainMany));
    report.add(line("scheduler, " + WORKERS + " workers / 1 worker", "%.2f", schedulerMany / schedulerOne));

    // the overdue timers of the scheduler's rechecks (loaded families' case numbers start with RS-1)
    List<Map<String, Object>> perDay = jdbc.queryForList("""
        select cast(j.duedate_ as date) as day, count(*) as timers
        from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
        where j.type_ = 'timer' and e.business_key_ like 'RS-1%'
        group by cast(j.duedate_ as date) order by timers desc limit 1""");
    report.add(line("overdue timers of the rechecks", "%d; busiest day %s with %s",
        jdbc.queryForObject("""
            select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
            where j.type_ = 'timer' and e.business_key_ like 'RS-1%'""", Long.class),
        perDay.get(0).get("day"), perDay.get(0).get("timers")));
    long t3 = System.nanoTime();
    int again = jdbc.queryForObject("select count(*) from recheck", Integer.class);
    scheduler.run();
    report.add(line("second pass (nothing due)", "%.2f s, rechecks still %d", seconds(t3),
        jdbc.queryForObject("select count(*) from recheck", Integer.class)));
    assertThat(jdbc.queryForObject("select count(*) from recheck", Integer.class)).isEqualTo(again);

    report.add("  due query plan (one chunk from 14 days ahead, before the first pass):");
    plan.forEach(row -> report.add("    " + row));
    String text = "Recheck scheduler benchmark, PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, chunk " + CHUNK + ", " + WORKERS + " workers\n"
        + String.join("\n", report) + "\n";
    System.out.println(text);
    Files.writeString(Path.of("target", "bench-recheck.txt"), text);
  }

  /** One scheduler pass over the loaded families (nothing else due): its starts per second. */
  private double pass(RecognisedFamilies.Loaded families, int workers, List<String> report) {
    long t = System.nanoTime();
    long runId = scheduler.run(workers);
    double took = seconds(t);
    Map<String, Object> run = jdbc.queryForMap("select due_total, started, collisions from recheck_run where id = ?", runId);
    long started = ((Number) run.get("started")).longValue();
    assertThat(started).isEqualTo(families.count());
    assertThat(jdbc.queryForObject("select count(distinct case_id) from recheck where case_id between ? and ?", Long.class,
        families.firstCaseId(), families.lastCaseId())).isEqualTo(families.count());
    report.add(line("scheduler pass, " + workers + (workers == 1 ? " worker" : " workers"),
        "%d rechecks started in %.1f s: %.0f starts/s (due at start: %s, collisions: %s)",
        started, took, started / took, run.get("due_total"), run.get("collisions")));
    return started / took;
  }

  private double plain(long count, String keyPrefix, int threads, List<String> report) throws Exception {
    long t = System.nanoTime();
    long plain = plainStarts(count, keyPrefix, threads);
    double took = seconds(t);
    report.add(line("plain engine starts, " + threads + (threads == 1 ? " thread" : " threads"),
        "%d in %.1f s: %.0f starts/s", plain, took, plain / took));
    return plain / took;
  }

  /**
   * The same process, variables and chunked transactions as the scheduler, with nothing of the register, on
   * {@code threads} threads each starting its share in chunks.
   */
  private long plainStarts(long count, String keyPrefix, int threads) throws Exception {
    java.util.Date overdue = Deadlines.overdueAt(LocalDate.now().plusDays(20));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> shares = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int own = thread;
        shares.add(pool.submit(() -> {
          long done = 0;
          long next = own;
          while (next < count) {
            List<Long> ids = new ArrayList<>();
            for (; next < count && ids.size() < CHUNK; next += threads) {
              ids.add(next);
            }
            transaction.executeWithoutResult(status -> ids.forEach(id ->
                runtime.createProcessInstanceByKey(KEY).businessKey(keyPrefix + id)
                    .setVariable(CASE_ID.name(), id).setVariable(CASE_NUMBER.name(), keyPrefix + id)
                    .setVariable(FAMILY_NAME.name(), "Нагрузочный").setVariable(RECHECK_ID.name(), id)
                    .setVariable(RECHECK_OVERDUE_AT.name(), overdue).execute()));
            done += ids.size();
          }
          return done;
        }));
      }
      long done = 0;
      for (Future<Long> share : shares) {
        done += share.get();
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The scheduler's due query ({@code RecheckRepository.findDue}) from 14 days ahead. */
  private static final String DUE_QUERY = RecheckRepository.DUE.replace(":dueBy", "current_date + 30")
      + " and (c.valid_until, c.case_id) > (current_date + 14, 0) order by c.valid_until, c.case_id limit 200";

  private static String line(String what, String format, Object... args) {
    String line = String.format(Locale.ROOT, "  %-36s ", what) + String.format(Locale.ROOT, format, args);
    System.out.println(line);
    return line;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

}
