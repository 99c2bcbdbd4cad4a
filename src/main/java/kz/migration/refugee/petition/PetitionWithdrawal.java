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
 * The applicant's written withdrawal of the petition, as received: the date of the request, the official who
 * received it (the logged-in user, never a client's word) and a note. One per case.
 */
@Entity
@Table(name = "petition_withdrawal")
class PetitionWithdrawal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private Long caseId;

  private LocalDate requestedOn;
  private String receivedBy;
  private String note;
  private Instant recordedAt;

  protected PetitionWithdrawal() {}

  static PetitionWithdrawal received(long caseId, LocalDate requestedOn, String note, String receivedBy, Instant at) {
    PetitionWithdrawal w = new PetitionWithdrawal();
    w.caseId = caseId;
    w.requestedOn = requestedOn;
    w.note = note.strip();
    w.receivedBy = receivedBy;
    w.recordedAt = at;
    return w;
  }

  public Long getCaseId() { return caseId; }
  public LocalDate getRequestedOn() { return requestedOn; }
  public String getReceivedBy() { return receivedBy; }
  public String getNote() { return note; }
  public Instant getRecordedAt() { return recordedAt; }
}
