package kz.migration.refugee.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A caseworker's note on the best interests of an unaccompanied child; a later note adds to the earlier ones. */
@Entity
@Table(name = "best_interests_note")
class BestInterestsNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long caseId;
  private String note;
  private Instant recordedAt;
  private String recordedBy;

  protected BestInterestsNote() {}

  static BestInterestsNote of(long caseId, String note, Instant at, String by) {
    BestInterestsNote n = new BestInterestsNote();
    n.caseId = caseId;
    n.note = note;
    n.recordedAt = at;
    n.recordedBy = by;
    return n;
  }

  Long getId() { return id; }
  Long getCaseId() { return caseId; }
  String getNote() { return note; }
  Instant getRecordedAt() { return recordedAt; }
  String getRecordedBy() { return recordedBy; }
}
