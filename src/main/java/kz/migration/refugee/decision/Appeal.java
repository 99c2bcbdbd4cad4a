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

/** An appeal against a refusal, and its outcome. */
@Entity
@Table(name = "appeal")
class Appeal {

  enum Outcome { UPHELD, OVERTURNED }

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
}
