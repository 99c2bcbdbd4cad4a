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

/** One pass of the recheck scheduler; {@code started} grows chunk by chunk, committed with each chunk. */
@Entity
@Table(name = "recheck_run")
class RecheckRun {

  enum Status { RUNNING, COMPLETED, FAILED }

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

  protected RecheckRun() {}

  static RecheckRun begin(LocalDate dueBy, int dueTotal, Instant now) {
    RecheckRun run = new RecheckRun();
    run.dueBy = dueBy;
    run.dueTotal = dueTotal;
    run.startedAt = now;
    run.status = Status.RUNNING;
    return run;
  }

  void finish(Status result, Instant now) {
    status = result;
    finishedAt = now;
  }

  public Long getId() { return id; }
  public LocalDate getDueBy() { return dueBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getFinishedAt() { return finishedAt; }
  public Status getStatus() { return status; }
  public int getDueTotal() { return dueTotal; }
  public int getStarted() { return started; }
  public int getCollisions() { return collisions; }
}
