package kz.migration.refugee.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person's fingerprints taken: when, where, by whom, and the record's reference in the national system. */
@Entity
@Table(name = "fingerprint")
class Fingerprint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long personId;
  private Long caseId;
  private LocalDate takenOn;
  private String place;
  private String nationalReference;
  private String recordedBy;
  private Instant recordedAt;

  protected Fingerprint() {}

  static Fingerprint taken(long personId, long caseId, LocalDate takenOn, String place, String by, Instant at) {
    Fingerprint f = new Fingerprint();
    f.personId = personId;
    f.caseId = caseId;
    f.takenOn = takenOn;
    f.place = place;
    f.recordedBy = by;
    f.recordedAt = at;
    return f;
  }

  /** The national system registered the prints. */
  void registered(String reference) {
    nationalReference = reference;
  }

  boolean isRegistered() {
    return nationalReference != null;
  }

  Long getId() { return id; }
  Long getPersonId() { return personId; }
  Long getCaseId() { return caseId; }
  LocalDate getTakenOn() { return takenOn; }
  String getPlace() { return place; }
  String getNationalReference() { return nationalReference; }
  String getRecordedBy() { return recordedBy; }
  Instant getRecordedAt() { return recordedAt; }
}
