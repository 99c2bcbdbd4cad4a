package kz.migration.refugee.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manager's decision on a case without contact: close it as abandoned, or appoint the interview again. */
@Entity
@Table(name = "abandonment_decision")
class AbandonmentDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  private String decision;
  private String note;
  private String decidedBy;
  private Instant decidedAt;

  protected AbandonmentDecision() {}

  static AbandonmentDecision of(long caseId, HandleAbandonmentForm form, String by, Instant at) {
    AbandonmentDecision d = new AbandonmentDecision();
    d.caseId = caseId;
    d.decision = form.abandonmentDecision();
    d.note = form.abandonmentNote();
    d.decidedBy = by;
    d.decidedAt = at;
    return d;
  }

  String decision() { return decision; }
  String note() { return note; }
  String decidedBy() { return decidedBy; }
  Instant decidedAt() { return decidedAt; }
}
