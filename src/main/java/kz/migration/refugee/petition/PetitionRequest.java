package kz.migration.refugee.petition;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A filing sent with an {@code Idempotency-Key}, and the answer it was given: a repeat of the request by the same
 * user gets that answer again. Unique per user and key (V7).
 */
@Entity
@Table(name = "petition_request")
class PetitionRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String userId;
  private String idempotencyKey;
  private String requestHash;
  private String processInstanceId;
  private String caseNumber;
  private Boolean duplicateReview;
  private Instant createdAt;

  protected PetitionRequest() {}

  static PetitionRequest received(String user, String key, String requestHash, Instant at) {
    PetitionRequest r = new PetitionRequest();
    r.userId = user;
    r.idempotencyKey = key;
    r.requestHash = requestHash;
    r.createdAt = at;
    return r;
  }

  void answered(PetitionFiling.Filed filed) {
    processInstanceId = filed.processInstanceId();
    caseNumber = filed.caseNumber();
    duplicateReview = filed.duplicateReview();
  }

  boolean isFor(String hash) {
    return requestHash.equals(hash);
  }

  public String getProcessInstanceId() { return processInstanceId; }
  public String getCaseNumber() { return caseNumber; }
  public Boolean getDuplicateReview() { return duplicateReview; }
}
