package kz.migration.refugee.recheck;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import kz.migration.refugee.shared.ConflictException;

/**
 * A proposal to end the refugee status of chosen persons of a family (from a case at any time, or from the annual
 * recheck), its confirmation by someone other than the proposer, the notification, an appeal, the date it took
 * effect, and the review of the family members whose status derives from the persons concerned.
 */
@Entity
@Table(name = "status_end")
class StatusEnd {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private Long recheckId;
  @Enumerated(EnumType.STRING)
  private StatusEndKind kind;
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
  private String dependantsReviewedBy;
  private Instant dependantsReviewedAt;
  private String dependantsNote;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "status_end_id", nullable = false)
  @OrderBy("id")
  private List<StatusEndPerson> persons = new ArrayList<>();

  protected StatusEnd() {}

  static StatusEnd proposed(long caseId, Long recheckId, StatusEndKind kind, String ground, String reasons,
      Collection<Long> personIds, String by, Instant at) {
    if (personIds.isEmpty()) {
      throw new IllegalArgumentException("an end of status concerns at least one person");
    }
    StatusEnd s = new StatusEnd();
    s.caseId = caseId;
    s.recheckId = recheckId;
    s.kind = kind;
    s.ground = ground;
    s.reasons = reasons;
    s.proposedBy = by;
    s.proposedAt = at;
    personIds.forEach(p -> s.persons.add(StatusEndPerson.proposed(p)));
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

  boolean isOpenToAppeal() {
    return Boolean.TRUE.equals(confirmed) && notifiedOn != null && effectiveOn == null && appealLodgedOn == null;
  }

  void appealLodged(LocalDate on, String grounds) {
    if (!isOpenToAppeal()) {
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

  /** Confirmed, and either not appealed in time or the appeal upheld: the end of status can take effect. */
  boolean mayTakeEffect() {
    return Boolean.TRUE.equals(confirmed) && effectiveOn == null
        && (appealLodgedOn == null || StatusEndProcess.UPHELD.equals(appealOutcome));
  }

  void tookEffect(LocalDate on) {
    if (!mayTakeEffect()) {
      throw new IllegalStateException("end of status " + id + " not confirmed, appeal pending or overturned");
    }
    effectiveOn = on;
    persons.forEach(p -> p.deregistered(on));
  }

  /**
   * The family members reviewed after the end took effect: those included leave the register with the same kind and
   * reason, the others keep their status. Recorded once.
   */
  void dependantsReviewed(Collection<Long> dependants, Collection<Long> included, String note, String by, Instant at) {
    if (effectiveOn == null || dependantsReviewedAt != null) {
      throw new ConflictException("the family of end of status " + id + " is not open to review");
    }
    for (Long dependant : dependants) {
      StatusEndPerson p = included.contains(dependant) ? StatusEndPerson.included(dependant, by, at)
          : StatusEndPerson.continuing(dependant, by, at);
      if (included.contains(dependant)) {
        p.deregistered(effectiveOn);
      }
      persons.add(p);
    }
    dependantsReviewedBy = by;
    dependantsReviewedAt = at;
    dependantsNote = note;
  }

  List<Long> proposedPersonIds() {
    return persons.stream().filter(p -> p.getInvolvement() == StatusEndPerson.Involvement.PROPOSED)
        .map(StatusEndPerson::getPersonId).toList();
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Long getRecheckId() { return recheckId; }
  public StatusEndKind getKind() { return kind; }
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
  public String getDependantsReviewedBy() { return dependantsReviewedBy; }
  public Instant getDependantsReviewedAt() { return dependantsReviewedAt; }
  public List<StatusEndPerson> getPersons() { return Collections.unmodifiableList(persons); }
}
