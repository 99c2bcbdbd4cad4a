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

/** A person an end of status concerns: proposed, or a family member reviewed afterwards (included, or continuing). */
@Entity
@Table(name = "status_end_person")
class StatusEndPerson {

  enum Involvement {
    /** Named in the proposal, confirmed and appealable. */
    PROPOSED,
    /** A family member whose derived status ends with it, on the manager's review. */
    INCLUDED,
    /** A family member whose status continues, on the manager's review. */
    CONTINUES
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long personId;
  @Enumerated(EnumType.STRING)
  private Involvement involvement;
  private String reviewedBy;
  private Instant reviewedAt;
  private LocalDate deregisteredOn;

  protected StatusEndPerson() {}

  static StatusEndPerson proposed(long personId) {
    StatusEndPerson p = new StatusEndPerson();
    p.personId = personId;
    p.involvement = Involvement.PROPOSED;
    return p;
  }

  static StatusEndPerson included(long personId, String by, Instant at) {
    return reviewed(personId, Involvement.INCLUDED, by, at);
  }

  static StatusEndPerson continuing(long personId, String by, Instant at) {
    return reviewed(personId, Involvement.CONTINUES, by, at);
  }

  private static StatusEndPerson reviewed(long personId, Involvement involvement, String by, Instant at) {
    StatusEndPerson p = new StatusEndPerson();
    p.personId = personId;
    p.involvement = involvement;
    p.reviewedBy = by;
    p.reviewedAt = at;
    return p;
  }

  void deregistered(LocalDate on) {
    if (involvement != Involvement.CONTINUES) {
      deregisteredOn = on;
    }
  }

  public Long getPersonId() { return personId; }
  public Involvement getInvolvement() { return involvement; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public LocalDate getDeregisteredOn() { return deregisteredOn; }
}
