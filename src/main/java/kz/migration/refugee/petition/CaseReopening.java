package kz.migration.refugee.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The applicant's request to reopen a case closed as abandoned, as received: the date of the request and the official
 * who received it (the logged-in user).
 */
@Entity
@Table(name = "case_reopening")
class CaseReopening {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  private LocalDate requestedOn;
  private String receivedBy;
  private Instant recordedAt;

  protected CaseReopening() {}

  static CaseReopening received(long caseId, LocalDate requestedOn, String receivedBy, Instant at) {
    CaseReopening r = new CaseReopening();
    r.caseId = caseId;
    r.requestedOn = requestedOn;
    r.receivedBy = receivedBy;
    r.recordedAt = at;
    return r;
  }

  LocalDate getRequestedOn() { return requestedOn; }
  String getReceivedBy() { return receivedBy; }
  Instant getRecordedAt() { return recordedAt; }
}
