package kz.migration.refugee.recheck;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One pass of the recheck scheduler; {@code started} grows chunk by chunk, committed with each chunk, and
 * {@code heartbeatAt} with it. A pass left RUNNING by a node that died is marked ABANDONED when that node
 * starts again, and shown STALE meanwhile (no progress for {@code refugee.recheck.stale-after}).
 */
@Entity
@Table(name = "recheck_run")
class RecheckRun {

  enum Status { RUNNING, COMPLETED, FAILED, ABANDONED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private LocalDate dueBy;
  private Instant startedAt;
  private Instant finishedAt;
  @Enumerated(EnumType.STRING)
  private Status status;
  private int dueTotal;
  private int started;
  private int collisions;
  private String node;
  private Instant heartbeatAt;

  protected RecheckRun() {}

  static RecheckRun begin(LocalDate dueBy, int dueTotal, Instant now, String node) {
    RecheckRun run = new RecheckRun();
    run.dueBy = dueBy;
    run.dueTotal = dueTotal;
    run.startedAt = now;
    run.heartbeatAt = now;
    run.node = node;
    run.status = Status.RUNNING;
    return run;
  }

  /** Still marked running, but without progress since {@code staleAfter}: its node has probably died. */
  boolean isStale(Instant now, java.time.Duration staleAfter) {
    return status == Status.RUNNING && heartbeatAt != null && heartbeatAt.plus(staleAfter).isBefore(now);
  }

  void finish(Status result, Instant now) {
    status = result;
    finishedAt = now;
    heartbeatAt = now;
  }

  public Long getId() { return id; }
  public LocalDate getDueBy() { return dueBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getFinishedAt() { return finishedAt; }
  public Status getStatus() { return status; }
  public int getDueTotal() { return dueTotal; }
  public int getStarted() { return started; }
  public int getCollisions() { return collisions; }
  public String getNode() { return node; }
  public Instant getHeartbeatAt() { return heartbeatAt; }
}
