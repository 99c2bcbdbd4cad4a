package kz.migration.refugee.reception;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A person of a case in a centre from {@code placedOn}; while {@code leftOn} is null they are there. The day of
 * leaving is no longer occupied: it frees the place for someone arriving that day.
 */
@Entity
@Table(name = "placement")
class Placement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private Long personId;
  private Long centreId;
  private LocalDate placedOn;
  private LocalDate leftOn;
  private String leavingReason;
  private String placedBy;

  protected Placement() {}

  static Placement of(long caseId, long personId, long centreId, LocalDate on, String by) {
    Placement p = new Placement();
    p.caseId = caseId;
    p.personId = personId;
    p.centreId = centreId;
    p.placedOn = on;
    p.placedBy = by;
    return p;
  }

  boolean isOpen() {
    return leftOn == null;
  }

  /** Present on the day: arrived by then and not left on or before it. */
  boolean presentOn(LocalDate day) {
    return !placedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
  }

  void end(LocalDate on, String reason) {
    this.leftOn = on;
    this.leavingReason = reason;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Long getPersonId() { return personId; }
  public Long getCentreId() { return centreId; }
  public LocalDate getPlacedOn() { return placedOn; }
  public LocalDate getLeftOn() { return leftOn; }
  public String getLeavingReason() { return leavingReason; }
  public String getPlacedBy() { return placedBy; }
}
