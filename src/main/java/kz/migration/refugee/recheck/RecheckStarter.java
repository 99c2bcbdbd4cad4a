package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.CASE_ID;
import static kz.migration.refugee.recheck.RecheckVariables.CASE_NUMBER;
import static kz.migration.refugee.recheck.RecheckVariables.PROCESS_KEY;
import static kz.migration.refugee.recheck.RecheckVariables.RECHECK_ID;
import static kz.migration.refugee.recheck.RecheckVariables.RECHECK_OVERDUE_AT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions of a scheduler pass. Each chunk claims its families (recheck rows, guarded by the
 * unique constraints) and starts their processes in one transaction with the engine: a chunk is started
 * completely or not at all, and a family another node claimed first makes the whole chunk roll back.
 */
@Component
class RecheckStarter {

  /** Before every due family: the first key of the expiry order. */
  static final LocalDate FIRST_DUE = LocalDate.of(1900, 1, 1);

  private final RecheckRepository rechecks;
  private final RecheckRunRepository runs;
  private final RuntimeService runtime;
  private final Clock clock;

  RecheckStarter(RecheckRepository rechecks, RecheckRunRepository runs, RuntimeService runtime, Clock clock) {
    this.rechecks = rechecks;
    this.runs = runs;
    this.runtime = runtime;
    this.clock = clock;
  }

  record Chunk(int started, LocalDate lastDueOn, long lastCaseId) {}

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  long begin(LocalDate dueBy) {
    return runs.save(RecheckRun.begin(dueBy, rechecks.countDue(dueBy), Instant.now(clock))).getId();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  Chunk startChunk(long runId, LocalDate dueBy, LocalDate afterDue, long afterCase, int limit) {
    List<DueFamily> due = rechecks.findDue(dueBy, afterDue, afterCase, limit);
    Instant now = Instant.now(clock);
    for (DueFamily family : due) {
      Recheck recheck = rechecks.saveAndFlush(Recheck.due(family.getCaseId(), family.getDueOn(), runId, now));
      runtime.createProcessInstanceByKey(PROCESS_KEY)
          .businessKey(family.getCaseNumber())
          .setVariable(CASE_ID, family.getCaseId())
          .setVariable(CASE_NUMBER, family.getCaseNumber())
          .setVariable(RECHECK_ID, recheck.getId())
          .setVariable(RECHECK_OVERDUE_AT, Deadlines.overdueAt(family.getDueOn()))
          .execute();
    }
    if (due.isEmpty()) {
      return new Chunk(0, afterDue, afterCase);
    }
    runs.advance(runId, due.size(), 0);
    DueFamily last = due.get(due.size() - 1);
    return new Chunk(due.size(), last.getDueOn(), last.getCaseId());
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void collided(long runId) {
    runs.advance(runId, 0, 1);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void finish(long runId, RecheckRun.Status status) {
    runs.findById(runId).ifPresent(run -> run.finish(status, Instant.now(clock)));
  }
}
