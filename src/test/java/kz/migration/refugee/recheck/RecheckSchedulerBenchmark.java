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
 * The recheck scheduler at country scale, on PostgreSQL: loads {@code bench.families} (default 100 000)
 * recognised families whose certificates all fall due within the lead time, times one scheduler pass that
 * starts all their rechecks, then times the same number of plain engine starts of the same process with the
 * same variables, chunks and transactions (no register work) on the same database, in the same run. Prints
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
  void schedulerStartsTheRechecksOfAllDueFamilies() throws IOException {
    List<String> report = new ArrayList<>();
    long t0 = System.nanoTime();
    var loaded = RecognisedFamilies.load(jdbc, FAMILIES, LocalDate.now().plusDays(1), 28, "GRANTED");
    double loadSeconds = seconds(t0);
    report.add(line("families loaded (register rows)", "%d in %.1f s", loaded.count(), loadSeconds));

    // Warm the engine and the JIT before anything is timed; these instances stay beside the measured ones.
    plainStarts(WARM_UP, "RS-0001-");

    long t1 = System.nanoTime();
    long runId = scheduler.run();
    double schedulerSeconds = seconds(t1);
    Map<String, Object> run = jdbc.queryForMap("select due_total, started, collisions from recheck_run where id = ?", runId);
    long started = ((Number) run.get("started")).longValue();
    assertThat(started).isEqualTo(loaded.count());
    assertThat(jdbc.queryForObject("select count(distinct case_id) from recheck", Long.class)).isEqualTo(loaded.count());
    report.add(line("scheduler pass", "%d rechecks started in %.1f s: %.0f starts/s (due at start: %s, collisions: %s)",
        started, schedulerSeconds, started / schedulerSeconds, run.get("due_total"), run.get("collisions")));

    long t2 = System.nanoTime();
    long plain = plainStarts(loaded.count(), "RS-0000-");
    double plainSeconds = seconds(t2);
    report.add(line("plain engine starts, same process", "%d in %.1f s: %.0f starts/s", plain, plainSeconds,
        plain / plainSeconds));
    report.add(line("scheduler / plain", "%.2f", (started / schedulerSeconds) / (plain / plainSeconds)));

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
    report.add(line("due query plan", "%s", jdbc.queryForList("explain " + DUE_QUERY, String.class).get(0).strip()));

    String text = "Recheck scheduler benchmark, PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, chunk " + CHUNK + "\n" + String.join("\n", report) + "\n";
    System.out.println(text);
    Files.writeString(Path.of("target", "bench-recheck.txt"), text);
  }

  /** The same process, variables and chunked transactions as the scheduler, with nothing of the register. */
  private long plainStarts(long count, String keyPrefix) {
    long done = 0;
    java.util.Date overdue = Deadlines.overdueAt(LocalDate.now().plusDays(20));
    while (done < count) {
      long from = done;
      int n = (int) Math.min(CHUNK, count - done);
      transaction.executeWithoutResult(status -> {
        for (int i = 0; i < n; i++) {
          long id = from + i;
          runtime.createProcessInstanceByKey(KEY).businessKey(keyPrefix + id)
              .setVariable(CASE_ID.name(), id).setVariable(CASE_NUMBER.name(), keyPrefix + id).setVariable(RECHECK_ID.name(), id)
              .setVariable(RECHECK_OVERDUE_AT.name(), overdue).execute();
        }
      });
      done += n;
    }
    return done;
  }

  private static final String DUE_QUERY = """
      select d.case_id from (select fc.id as case_id, min(c.valid_until) as due_on
            from family_case fc join certificate c on c.case_id = fc.id
            where fc.status = 'GRANTED' and c.type = 'REFUGEE' and c.status = 'VALID' and c.valid_until <= current_date + 30
            group by fc.id) d
      where not exists (select 1 from recheck r where r.case_id = d.case_id and (r.open_case_id is not null or r.due_on = d.due_on))
      order by d.due_on, d.case_id limit 200""";

  private static String line(String what, String format, Object... args) {
    String line = String.format(Locale.ROOT, "  %-36s ", what) + String.format(Locale.ROOT, format, args);
    System.out.println(line);
    return line;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

}
