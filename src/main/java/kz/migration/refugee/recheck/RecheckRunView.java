package kz.migration.refugee.recheck;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Progress of a scheduler pass: {@code started} of {@code dueTotal} families found due when it began; status
 * RUNNING, COMPLETED, FAILED, ABANDONED (its node stopped during the pass) or STALE (still marked running, but
 * without progress since {@code heartbeatAt} for longer than {@code refugee.recheck.stale-after}).
 */
record RecheckRunView(Long id, LocalDate dueBy, Instant startedAt, Instant finishedAt, String status, int dueTotal,
    int started, int collisions, String node, Instant heartbeatAt) {

  static final String STALE = "STALE";

  RecheckRunView stale() {
    return new RecheckRunView(id, dueBy, startedAt, finishedAt, STALE, dueTotal, started, collisions, node, heartbeatAt);
  }
}
