package kz.migration.refugee.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two scheduler passes at once (as two nodes would run them) on PostgreSQL: every due family gets exactly one
 * recheck and one process, whichever pass wins it; deregistered families get none. Small chunks (15, from the
 * shared test configuration) make the passes meet often.
 */
@ApplicationTest
@PostgresTest
class RecheckSchedulerPostgresTest {

  private static final int DUE = 240;

  @Autowired RecheckScheduler scheduler;
  @Autowired JdbcTemplate jdbc;

  @Test
  void twoPassesAtOnceStartExactlyOneRecheckPerDueFamilyAndNoneForTheDeregistered() throws Exception {
    LocalDate soon = LocalDate.now().plusDays(1);
    var due = RecognisedFamilies.load(jdbc, DUE, soon, 20, "GRANTED");
    var deregistered = RecognisedFamilies.load(jdbc, 30, soon, 20, "DEREGISTERED");

    List<Long> runs = concurrently(scheduler::run, scheduler::run);

    assertThat(count("select count(*) from recheck where case_id between ? and ?", due)).isEqualTo(DUE);
    assertThat(count("select count(distinct case_id) from recheck where case_id between ? and ? and open_case_id is not null",
        due)).isEqualTo(DUE);
    assertThat(count("""
        select count(*) from act_ru_execution e join family_case fc on fc.case_number = e.business_key_
        where e.id_ = e.proc_inst_id_ and fc.id between ? and ?""", due)).isEqualTo(DUE);
    assertThat(count("select count(*) from recheck where case_id between ? and ?", deregistered)).isZero();
    Long startedByBothRuns = jdbc.queryForObject("select sum(started) from recheck_run where id in (?, ?)", Long.class,
        runs.get(0), runs.get(1));
    assertThat(startedByBothRuns).as("each family counted once, by the pass that won it").isGreaterThanOrEqualTo(DUE);
    assertThat(jdbc.queryForList("select status from recheck_run where id in (?, ?)", String.class, runs.get(0), runs.get(1)))
        .containsOnly("COMPLETED");

    // A third pass (say, after a crash and restart) finds nothing left to start for these families.
    scheduler.run();
    assertThat(count("select count(*) from recheck where case_id between ? and ?", due)).isEqualTo(DUE);
  }

  @Test
  void aPassWithSeveralWorkersStartsEveryDueFamilyExactlyOnce() {
    int families = 137;
    var due = RecognisedFamilies.load(jdbc, families, LocalDate.now().plusDays(2), 9, "GRANTED");

    long run = scheduler.run(3);

    assertThat(count("select count(*) from recheck where case_id between ? and ?", due)).isEqualTo(families);
    assertThat(count("select count(distinct case_id) from recheck where case_id between ? and ?", due))
        .isEqualTo(families);
    assertThat(count("""
        select count(distinct fc.id) from act_ru_execution e join family_case fc on fc.case_number = e.business_key_
        where e.id_ = e.proc_inst_id_ and fc.id between ? and ?""", due)).isEqualTo(families);
    assertThat(count("""
        select count(*) from act_ru_execution e join family_case fc on fc.case_number = e.business_key_
        where e.id_ = e.proc_inst_id_ and fc.id between ? and ?""", due)).isEqualTo(families);
    var progress = jdbc.queryForMap("select status, started, collisions, heartbeat_at from recheck_run where id = ?", run);
    assertThat(progress.get("status")).isEqualTo("COMPLETED");
    assertThat(((Number) progress.get("started")).longValue()).as("the run counts each family once")
        .isGreaterThanOrEqualTo(families);
    assertThat(((Number) progress.get("collisions")).intValue()).as("its workers never claim the same family").isZero();
    assertThat(jdbc.queryForObject("select count(*) from recheck where run_id = ?", Long.class, run))
        .isEqualTo(((Number) progress.get("started")).longValue());
  }

  private long count(String sql, RecognisedFamilies.Loaded range) {
    return jdbc.queryForObject(sql, Long.class, range.firstCaseId(), range.lastCaseId());
  }

  @SafeVarargs
  private static List<Long> concurrently(java.util.function.Supplier<Long>... passes) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(passes.length);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<CompletableFuture<Long>> results = java.util.Arrays.stream(passes)
          .map(pass -> CompletableFuture.supplyAsync(() -> {
            try {
              start.await();
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            return pass.get();
          }, pool)).toList();
      start.countDown();
      CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
      return results.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdownNow();
    }
  }
}
