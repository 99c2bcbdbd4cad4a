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
 * The applicant's appeal to a court after the internal appeal upheld the refusal: the court, the day it was lodged,
 * who recorded it, and later the court's outcome with its date. While the outcome is awaited the case stays open.
 */
@Entity
@Table(name = "court_appeal")
class CourtAppeal {

  enum Outcome { UPHELD, OVERTURNED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  @Column(name = "appeal_id")
  private Long appealId;
  private String courtName;
  private LocalDate lodgedOn;
  private String recordedBy;
  private Instant recordedAt;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private LocalDate decidedOn;
  private String outcomeRecordedBy;
  private Instant outcomeRecordedAt;

  protected CourtAppeal() {}

  static CourtAppeal lodged(long caseId, long appealId, String courtName, LocalDate on, String by, Instant at) {
    CourtAppeal c = new CourtAppeal();
    c.caseId = caseId;
    c.appealId = appealId;
    c.courtName = courtName;
    c.lodgedOn = on;
    c.recordedBy = by;
    c.recordedAt = at;
    return c;
  }

  void decided(Outcome outcome, LocalDate on, String by, Instant at) {
    if (this.outcome != null) {
      throw new ConflictException("решение суда по делу уже записано");
    }
    this.outcome = outcome;
    this.decidedOn = on;
    this.outcomeRecordedBy = by;
    this.outcomeRecordedAt = at;
  }

  Long getCaseId() { return caseId; }
  public String getCourtName() { return courtName; }
  public LocalDate getLodgedOn() { return lodgedOn; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
  public Outcome getOutcome() { return outcome; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public String getOutcomeRecordedBy() { return outcomeRecordedBy; }
  public Instant getOutcomeRecordedAt() { return outcomeRecordedAt; }
}
