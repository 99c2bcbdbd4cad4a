package kz.migration.refugee.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision on a petition, with the recommendation the rules gave and the inputs they were given,
 * so that auditors see what the decider saw. Rows are never updated but for the notification.
 */
@Entity
@Table(name = "decision")
class Decision {

  enum Outcome { GRANTED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private String legalGround;
  private String reasons;
  private String decidedBy;
  private Instant decidedAt;
  private String recommendation;
  private String recommendationRule;
  private String recommendationInputs;
  private String rulesVersion;
  private LocalDate notifiedOn;
  private LocalDate appealDueOn;

  protected Decision() {}

  static Decision taken(long caseId, Outcome outcome, String legalGround, String reasons, String by, Instant at,
      Recommendation recommendation) {
    Decision d = new Decision();
    d.caseId = caseId;
    d.outcome = outcome;
    d.legalGround = legalGround;
    d.reasons = reasons;
    d.decidedBy = by;
    d.decidedAt = at;
    d.recommendation = recommendation.outcome();
    d.recommendationRule = recommendation.rule();
    d.recommendationInputs = recommendation.inputs();
    d.rulesVersion = recommendation.rulesVersion();
    return d;
  }

  void notified(LocalDate on, LocalDate appealDueOn) {
    this.notifiedOn = on;
    this.appealDueOn = appealDueOn;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Outcome getOutcome() { return outcome; }
  public String getLegalGround() { return legalGround; }
  public String getReasons() { return reasons; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getRecommendation() { return recommendation; }
  public String getRecommendationRule() { return recommendationRule; }
  public String getRecommendationInputs() { return recommendationInputs; }
  public String getRulesVersion() { return rulesVersion; }
  public LocalDate getNotifiedOn() { return notifiedOn; }
  public LocalDate getAppealDueOn() { return appealDueOn; }
}
