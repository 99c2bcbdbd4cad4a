package kz.migration.refugee.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A state body's reply about the applicants of a case. */
@Entity
@Table(name = "agency_check")
class AgencyCheck {

  enum Result { CLEAR, CONCERNS }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  @Enumerated(EnumType.STRING)
  private Agency agency;
  private String reference;
  @Enumerated(EnumType.STRING)
  private Result result;
  private String remarks;
  private Instant repliedAt;

  protected AgencyCheck() {}

  static AgencyCheck replied(long caseId, Agency agency, AgencyCheckGateway.AgencyReply reply, Instant at) {
    AgencyCheck c = new AgencyCheck();
    c.caseId = caseId;
    c.agency = agency;
    c.reference = reply.reference();
    c.result = reply.concerns() ? Result.CONCERNS : Result.CLEAR;
    c.remarks = reply.remarks();
    c.repliedAt = at;
    return c;
  }

  String summary() {
    return (result == Result.CLEAR ? "Без замечаний" : "Есть сведения") + " (ответ № " + reference + "): " + remarks;
  }

  Agency agency() { return agency; }
  Instant repliedAt() { return repliedAt; }
}
