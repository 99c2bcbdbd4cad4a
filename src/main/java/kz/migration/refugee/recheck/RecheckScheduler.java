package kz.migration.refugee.recheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.migration.refugee.shared.ProcedureProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the annual recheck of every recognised family whose refugee certificate expires within the lead
 * time, once a day, in chunks. Safe to run on several nodes at once and after a crash: a family is due only
 * while it has no recheck in flight and none for its current certificate period, and the database's unique
 * constraints, not timing, decide which pass gets it. One process start per family, and one timer per
 * recheck (its overdue date) spread over the year by the certificates' expiry: no timer storm.
 * <p>
 * A pass runs {@code refugee.recheck.workers} workers side by side. They take the due families chunk by chunk
 * from one cursor in expiry order (a short read, one worker at a time) and start them in parallel, each chunk
 * in its own transaction and connection: the workers of one pass never hold the same family (those of another
 * pass, on another node, still may: the constraints settle it, and the loser starts the rest of its chunk).
 */
@Component
public class RecheckScheduler {

  private static final Logger log = LoggerFactory.getLogger(RecheckScheduler.class);

  private final RecheckStarter starter;
  private final ProcedureProperties procedure;
  private final Clock clock;
  private final int chunkSize;
  private final int maxCollisions;
  private final int workers;

  RecheckScheduler(RecheckStarter starter, ProcedureProperties procedure, Clock clock,
      @Value("${refugee.recheck.chunk-size:200}") int chunkSize,
      @Value("${refugee.recheck.max-collisions:1000}") int maxCollisions,
      @Value("${refugee.recheck.workers:0}") int workers) {
    this.starter = starter;
    this.procedure = procedure;
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.maxCollisions = maxCollisions;
    this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
  }

  @Scheduled(cron = "${refugee.recheck.schedule:0 30 0 * * *}")
  void daily() {
    run();
  }

  /** One pass: returns its run id; progress is readable while it runs ({@code GET /api/rechecks/runs/{id}}). */
  public long run() {
    return run(workers);
  }

  /** One pass with the given number of workers. */
  long run(int workerCount) {
    if (workerCount < 1) {
      throw new IllegalArgumentException("at least one worker");
    }
    LocalDate dueBy = LocalDate.now(clock).plus(procedure.recheckLeadTime());
    long runId = starter.begin(dueBy);
    Pass pass = new Pass(runId, dueBy, workerCount);
    try {
      if (workerCount == 1) {
        pass.work();
      } else {
        pass.workSideBySide();
      }
      starter.finish(runId, RecheckRun.Status.COMPLETED);
      log.info("Recheck run {} due by {} with {} workers: {} rechecks started, {} collisions", runId, dueBy,
          workerCount, pass.started.get(), pass.collisions.get());
      return runId;
    } catch (RuntimeException e) {
      starter.finish(runId, RecheckRun.Status.FAILED);
      log.error("Recheck run {} failed after {} rechecks started; the next run resumes", runId, pass.started.get(), e);
      throw e;
    }
  }

  /** The state the workers of one pass share: their totals, and whether one of them has failed. */
  private final class Pass {

    private final long runId;
    private final LocalDate dueBy;
    private final int workerCount;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger collisions = new AtomicInteger();
    private final AtomicBoolean failed = new AtomicBoolean();
    /** The key of the last family handed to a worker: expiry date, then case id. */
    private LocalDate afterDue = RecheckStarter.FIRST_DUE;
    private long afterCase;

    Pass(long runId, LocalDate dueBy, int workerCount) {
      this.runId = runId;
      this.dueBy = dueBy;
      this.workerCount = workerCount;
    }

    void workSideBySide() {
      ExecutorService pool = Executors.newFixedThreadPool(workerCount, threads(runId));
      try {
        List<Future<?>> results = new ArrayList<>();
        for (int worker = 0; worker < workerCount; worker++) {
          results.add(pool.submit(this::work));
        }
        RuntimeException first = null;
        for (Future<?> result : results) {
          try {
            result.get();
          } catch (ExecutionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime
                : new IllegalStateException(e.getCause());
            if (first == null) {
              first = cause;
            } else {
              first.addSuppressed(cause);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.set(true);
            throw new IllegalStateException("recheck run " + runId + " interrupted", e);
          }
        }
        if (first != null) {
          throw first;
        }
      } finally {
        pool.shutdownNow();
      }
    }

    /**
     * The next chunk after the pass's cursor, which moves past it: read one worker at a time (a short query that
     * walks the expiry index), so no two workers of a pass ever hold the same family. Empty when none is left.
     */
    private synchronized List<DueFamily> nextChunk() {
      List<DueFamily> chunk = starter.readChunk(dueBy, afterDue, afterCase, chunkSize);
      if (!chunk.isEmpty()) {
        DueFamily last = chunk.get(chunk.size() - 1);
        afterDue = last.getDueOn();
        afterCase = last.getCaseId();
      }
      return chunk;
    }

    /** Takes chunks and starts them, until none is due or another worker failed. */
    void work() {
      try {
        while (!failed.get()) {
          List<DueFamily> chunk = nextChunk();
          if (chunk.isEmpty()) {
            return;
          }
          start(chunk);
        }
      } catch (RuntimeException e) {
        failed.set(true);
        throw e;
      }
    }

    private void start(List<DueFamily> chunk) {
      List<DueFamily> due = chunk;
      while (!due.isEmpty()) {
        try {
          started.addAndGet(starter.startChunk(runId, due));
          return;
        } catch (DataIntegrityViolationException e) {
          // Another pass claimed one of these families first; start the rest of the chunk without it.
          starter.collided(runId);
          if (collisions.incrementAndGet() > maxCollisions) {
            throw new IllegalStateException("recheck run " + runId + ": " + collisions.get()
                + " collisions, giving up", e);
          }
          due = starter.stillDue(dueBy, due);
        }
      }
    }
  }

  private static ThreadFactory threads(long runId) {
    AtomicInteger number = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "recheck-run-" + runId + "-worker-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
