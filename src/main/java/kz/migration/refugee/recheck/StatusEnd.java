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
import kz.migration.refugee.shared.ConflictException;

/**
 * A proposal to end a family's refugee status, its confirmation by another manager, the notification,
 * an appeal, and the date it took effect.
 */
@Entity
@Table(name = "status_end")
class StatusEnd {

  enum Kind { CESSATION, DEPRIVATION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private Long recheckId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String ground;
  private String reasons;
  private String proposedBy;
  private Instant proposedAt;
  private Boolean confirmed;
  private String confirmedBy;
  private Instant confirmedAt;
  private String confirmationReasons;
  private LocalDate notifiedOn;
  private LocalDate appealDueOn;
  private LocalDate appealLodgedOn;
  private String appealGrounds;
  private String appealOutcome;
  private String appealReasons;
  private String appealDecidedBy;
  private Instant appealDecidedAt;
  private LocalDate effectiveOn;

  protected StatusEnd() {}

  static StatusEnd proposed(long caseId, long recheckId, Kind kind, String ground, String reasons, String by, Instant at) {
    StatusEnd s = new StatusEnd();
    s.caseId = caseId;
    s.recheckId = recheckId;
    s.kind = kind;
    s.ground = ground;
    s.reasons = reasons;
    s.proposedBy = by;
    s.proposedAt = at;
    return s;
  }

  void decide(boolean confirm, String why, String by, Instant at) {
    if (confirmed != null) {
      throw new ConflictException("proposal " + id + " already decided");
    }
    confirmed = confirm;
    confirmationReasons = why;
    confirmedBy = by;
    confirmedAt = at;
  }

  void notified(LocalDate on, LocalDate appealDue) {
    notifiedOn = on;
    appealDueOn = appealDue;
  }

  void appealLodged(LocalDate on, String grounds) {
    if (!Boolean.TRUE.equals(confirmed) || notifiedOn == null || appealLodgedOn != null) {
      throw new ConflictException("no notified end of status open to appeal");
    }
    appealLodgedOn = on;
    appealGrounds = grounds;
  }

  void appealDecided(String outcome, String why, String by, Instant at) {
    appealOutcome = outcome;
    appealReasons = why;
    appealDecidedBy = by;
    appealDecidedAt = at;
  }

  void tookEffect(LocalDate on) {
    effectiveOn = on;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Long getRecheckId() { return recheckId; }
  public Kind getKind() { return kind; }
  public String getGround() { return ground; }
  public String getReasons() { return reasons; }
  public String getProposedBy() { return proposedBy; }
  public Instant getProposedAt() { return proposedAt; }
  public Boolean getConfirmed() { return confirmed; }
  public String getConfirmedBy() { return confirmedBy; }
  public Instant getConfirmedAt() { return confirmedAt; }
  public LocalDate getNotifiedOn() { return notifiedOn; }
  public LocalDate getAppealDueOn() { return appealDueOn; }
  public LocalDate getAppealLodgedOn() { return appealLodgedOn; }
  public String getAppealOutcome() { return appealOutcome; }
  public String getAppealDecidedBy() { return appealDecidedBy; }
  public LocalDate getEffectiveOn() { return effectiveOn; }
}
