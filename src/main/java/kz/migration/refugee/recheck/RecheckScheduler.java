package kz.migration.refugee.recheck;

import java.time.Clock;
import java.time.LocalDate;
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
 */
@Component
public class RecheckScheduler {

  private static final Logger log = LoggerFactory.getLogger(RecheckScheduler.class);

  private final RecheckStarter starter;
  private final ProcedureProperties procedure;
  private final Clock clock;
  private final int chunkSize;
  private final int maxCollisions;

  RecheckScheduler(RecheckStarter starter, ProcedureProperties procedure, Clock clock,
      @Value("${refugee.recheck.chunk-size:200}") int chunkSize,
      @Value("${refugee.recheck.max-collisions:1000}") int maxCollisions) {
    this.starter = starter;
    this.procedure = procedure;
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.maxCollisions = maxCollisions;
  }

  @Scheduled(cron = "${refugee.recheck.schedule:0 30 0 * * *}")
  void daily() {
    run();
  }

  /** One pass: returns its run id; progress is readable while it runs ({@code GET /api/rechecks/runs/{id}}). */
  public long run() {
    LocalDate dueBy = LocalDate.now(clock).plus(procedure.recheckLeadTime());
    long runId = starter.begin(dueBy);
    int started = 0;
    int collisions = 0;
    LocalDate afterDue = RecheckStarter.FIRST_DUE;
    long afterCase = 0;
    try {
      while (true) {
        RecheckStarter.Chunk chunk;
        try {
          chunk = starter.startChunk(runId, dueBy, afterDue, afterCase, chunkSize);
        } catch (DataIntegrityViolationException e) {
          // Another pass claimed one of these families first; read the chunk again without it.
          starter.collided(runId);
          if (++collisions > maxCollisions) {
            throw new IllegalStateException("recheck run " + runId + ": " + collisions + " collisions, giving up", e);
          }
          continue;
        }
        if (chunk.started() == 0) {
          break;
        }
        started += chunk.started();
        afterDue = chunk.lastDueOn();
        afterCase = chunk.lastCaseId();
      }
      starter.finish(runId, RecheckRun.Status.COMPLETED);
      log.info("Recheck run {} due by {}: {} rechecks started, {} collisions", runId, dueBy, started, collisions);
      return runId;
    } catch (RuntimeException e) {
      starter.finish(runId, RecheckRun.Status.FAILED);
      log.error("Recheck run {} failed after {} rechecks started; the next run resumes", runId, started, e);
      throw e;
    }
  }
}
