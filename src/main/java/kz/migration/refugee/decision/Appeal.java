package kz.migration.refugee.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import kz.migration.refugee.shared.ConflictException;

/**
 * An appeal against a refusal, and its outcome. One lodged after the window is recorded all the same, marked late:
 * a manager accepts it (it is then decided as one in time) or refuses it, with a reason either way.
 */
@Entity
@Table(name = "appeal")
class Appeal {

  enum Outcome { UPHELD, OVERTURNED }

  /** A manager's decision on an appeal lodged after the window. */
  enum LateDecision { ACCEPTED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  @Column(name = "decision_id")
  private Long decisionId;
  private LocalDate lodgedOn;
  private String grounds;
  private String recordedBy;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private String reasons;
  private String decidedBy;
  private Instant decidedAt;
  private boolean late;
  @Enumerated(EnumType.STRING)
  private LateDecision lateDecision;
  private String lateReasons;
  private String lateDecidedBy;
  private Instant lateDecidedAt;

  protected Appeal() {}

  static Appeal lodged(Decision refusal, LocalDate on, String grounds, String recordedBy) {
    Appeal a = new Appeal();
    a.recordedBy = recordedBy;
    a.caseId = refusal.getCaseId();
    a.decisionId = refusal.getId();
    a.lodgedOn = on;
    a.grounds = grounds;
    return a;
  }

  /** Lodged after the window closed and the refusal became final: recorded, for a manager to accept or refuse. */
  static Appeal lodgedLate(Decision refusal, LocalDate on, String grounds, String recordedBy) {
    Appeal a = lodged(refusal, on, grounds, recordedBy);
    a.late = true;
    return a;
  }

  /** A manager accepted the late appeal (it goes on as one in time) or refused it (nothing else changes). */
  void reviewLateness(LateDecision decision, String reasons, String by, Instant at) {
    if (!late) {
      throw new IllegalStateException("appeal lodged in time: no lateness to review");
    }
    if (lateDecision != null) {
      throw new ConflictException("пропуск срока обжалования уже рассмотрен");
    }
    this.lateDecision = decision;
    this.lateReasons = reasons;
    this.lateDecidedBy = by;
    this.lateDecidedAt = at;
  }

  /** A late appeal not yet accepted or refused. */
  boolean awaitsLatenessReview() {
    return late && lateDecision == null;
  }

  /** Refused as late: it was never an appeal that stood. */
  boolean refusedAsLate() {
    return lateDecision == LateDecision.REFUSED;
  }

  void decide(Outcome outcome, String reasons, String by, Instant at) {
    if (this.outcome != null) {
      throw new ConflictException("appeal already decided");
    }
    this.outcome = outcome;
    this.reasons = reasons;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public LocalDate getLodgedOn() { return lodgedOn; }
  Long getDecisionId() { return decisionId; }
  public String getGrounds() { return grounds; }
  public String getRecordedBy() { return recordedBy; }
  public String getReasons() { return reasons; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public Outcome getOutcome() { return outcome; }
  Long getId() { return id; }
  public boolean isLate() { return late; }
  public LateDecision getLateDecision() { return lateDecision; }
  public String getLateReasons() { return lateReasons; }
  public String getLateDecidedBy() { return lateDecidedBy; }
  public Instant getLateDecidedAt() { return lateDecidedAt; }
}
