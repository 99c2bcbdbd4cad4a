package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.CASE_ID;
import static kz.migration.refugee.recheck.RecheckProcess.CASE_NUMBER;
import static kz.migration.refugee.recheck.RecheckProcess.FAMILY_NAME;
import static kz.migration.refugee.recheck.RecheckProcess.KEY;
import static kz.migration.refugee.recheck.RecheckProcess.RECHECK_ID;
import static kz.migration.refugee.recheck.RecheckProcess.RECHECK_OVERDUE_AT;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactions of a scheduler pass. The due families are read chunk by chunk in expiry order; each chunk
 * claims its families (recheck rows, guarded by the unique constraints) and starts their processes in one
 * transaction with the engine: a chunk is started completely or not at all, and a family another node claimed
 * first makes the whole chunk roll back.
 */
@Component
class RecheckStarter {

  /** Before every due family: the first key of the expiry order. */
  static final LocalDate FIRST_DUE = LocalDate.of(1900, 1, 1);

  private final RecheckRepository rechecks;
  private final RecheckRunRepository runs;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final RecheckNode node;
  private final CaseSearch caseSearch;

  RecheckStarter(RecheckRepository rechecks, RecheckRunRepository runs, RuntimeService runtime, JdbcTemplate jdbc,
      Clock clock, RecheckNode node, CaseSearch caseSearch) {
    this.caseSearch = caseSearch;
    this.rechecks = rechecks;
    this.jdbc = jdbc;
    this.runs = runs;
    this.runtime = runtime;
    this.clock = clock;
    this.node = node;
  }


  @Transactional(propagation = Propagation.REQUIRES_NEW)
  long begin(LocalDate dueBy) {
    return runs.save(RecheckRun.begin(dueBy, rechecks.countDue(dueBy), Instant.now(clock), node.name())).getId();
  }

  /** The next chunk of due families after the key, read before it is started (by whichever worker takes it). */
  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  List<DueFamily> readChunk(LocalDate dueBy, LocalDate afterDue, long afterCase, int limit) {
    return rechecks.findDue(dueBy, afterDue, afterCase, limit);
  }

  /** Those of a chunk's families still due, read again after another pass claimed some of them. */
  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  List<DueFamily> stillDue(LocalDate dueBy, List<DueFamily> chunk) {
    return chunk.isEmpty() ? List.of() : rechecks.findStillDue(dueBy, chunk.stream().map(DueFamily::getCaseId).toList());
  }

  /**
   * Claims the chunk's families and starts their rechecks; a family another pass claimed first (committed, or
   * committing meanwhile) fails the whole chunk on the unique constraints, and nothing of it remains.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  int startChunk(long runId, List<DueFamily> due) {
    List<Long> ids = claim(due, runId);
    // one query per chunk for the names Tasklist shows beside the tasks
    Map<Long, String> familyNames = caseSearch.familyNames(due.stream().map(DueFamily::getCaseId).toList());
    for (int i = 0; i < due.size(); i++) {
      DueFamily family = due.get(i);
      runtime.createProcessInstanceByKey(KEY)
          .businessKey(family.getCaseNumber())
          .setVariable(CASE_ID.name(), family.getCaseId())
          .setVariable(CASE_NUMBER.name(), family.getCaseNumber())
          .setVariable(FAMILY_NAME.name(), familyNames.get(family.getCaseId()))
          .setVariable(RECHECK_ID.name(), ids.get(i))
          .setVariable(RECHECK_OVERDUE_AT.name(), Deadlines.overdueAt(family.getDueOn()))
          .execute();
    }
    if (!due.isEmpty()) {
      runs.advance(runId, due.size(), 0, Instant.now(clock));
    }
    return due.size();
  }

  /**
   * Inserts the chunk's recheck rows in one batch, before any process starts: a family another pass holds
   * (uncommitted) makes this wait for it, then fail on the unique constraint if it committed.
   */
  private List<Long> claim(List<DueFamily> due, long runId) {
    if (due.isEmpty()) {
      return List.of();
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.batchUpdate(connection -> connection.prepareStatement(
        "insert into recheck (case_id, due_on, open_case_id, run_id, started_at, overdue) values (?, ?, ?, ?, ?, false)",
        new String[] {"id"}), new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement statement, int i) throws SQLException {
            DueFamily family = due.get(i);
            statement.setLong(1, family.getCaseId());
            statement.setObject(2, family.getDueOn());
            statement.setLong(3, family.getCaseId());
            statement.setLong(4, runId);
            statement.setObject(5, now);
          }

          @Override
          public int getBatchSize() {
            return due.size();
          }
        }, keys);
    return keys.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue()).toList();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void collided(long runId) {
    runs.advance(runId, 0, 1, Instant.now(clock));
  }

  /** Marks the passes this node left running when it stopped (it has just started: none runs here now). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  int abandonLeftRunning() {
    return runs.abandon(node.name(), RecheckRun.Status.RUNNING, RecheckRun.Status.ABANDONED, Instant.now(clock));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void finish(long runId, RecheckRun.Status status) {
    runs.findById(runId).ifPresent(run -> run.finish(status, Instant.now(clock)));
  }
}
