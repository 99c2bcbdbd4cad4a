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
 * One annual recheck of a recognised family. {@code (caseId, dueOn)} is unique: one recheck per certificate
 * period; {@code openCaseId} is unique and set while the recheck is in flight: never two at once.
 * Rows are inserted in batches by the scheduler ({@link RecheckStarter}); this entity records what follows.
 */
@Entity
@Table(name = "recheck")
class Recheck {

  enum Outcome { EXTENDED, STATUS_ENDED, NONE_REGISTERED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private LocalDate dueOn;
  private Long openCaseId;
  private Long runId;
  private Instant startedAt;
  private boolean overdue;
  private Boolean residenceConfirmed;
  private String address;
  private String contact;
  private Boolean newNationality;
  private Boolean reavailedProtection;
  private Boolean exclusionFacts;
  private String circumstances;
  private String proposedOutcome;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private String verifiedBy;
  private Instant verifiedAt;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private Instant completedAt;

  protected Recheck() {}

  void verified(VerifyCircumstancesForm form, String proposed, String by, Instant at) {
    requireOpen();
    residenceConfirmed = form.residenceConfirmed();
    address = form.address();
    contact = form.contact();
    newNationality = form.newNationality();
    reavailedProtection = form.reavailedProtection();
    exclusionFacts = form.exclusionFacts();
    circumstances = form.circumstances().strip();
    proposedOutcome = proposed;
    verifiedBy = by;
    verifiedAt = at;
  }

  void extendFor(LocalDate from, LocalDate until) {
    requireOpen();
    validFrom = from;
    validUntil = until;
  }

  void markOverdue() {
    overdue = true;
  }

  void complete(Outcome result, Instant at) {
    requireOpen();
    outcome = result;
    completedAt = at;
    openCaseId = null;
  }

  private void requireOpen() {
    if (openCaseId == null) {
      throw new ConflictException("recheck " + id + " is already completed");
    }
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public LocalDate getDueOn() { return dueOn; }
  public Instant getStartedAt() { return startedAt; }
  public boolean isOverdue() { return overdue; }
  public Boolean getResidenceConfirmed() { return residenceConfirmed; }
  public Boolean getNewNationality() { return newNationality; }
  public Boolean getReavailedProtection() { return reavailedProtection; }
  public Boolean getExclusionFacts() { return exclusionFacts; }
  public String getProposedOutcome() { return proposedOutcome; }
  public LocalDate getValidFrom() { return validFrom; }
  public LocalDate getValidUntil() { return validUntil; }
  public String getVerifiedBy() { return verifiedBy; }
  public Instant getVerifiedAt() { return verifiedAt; }
  public Outcome getOutcome() { return outcome; }
  public Instant getCompletedAt() { return completedAt; }
}
