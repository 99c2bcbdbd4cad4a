package kz.migration.refugee.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What a decision decided for one person: granted or refused, on their own grounds, by family unity (an adult who
 * consented, following the principal applicant's grant) or following a parent (a child). Never updated.
 */
@Entity
@Table(name = "person_decision")
class PersonDecision {

  enum Basis { OWN_GROUNDS, FAMILY_UNITY, FOLLOWS_PARENT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "decision_id")
  private Long decisionId;
  private Long personId;
  @Enumerated(EnumType.STRING)
  private Decision.Outcome outcome;
  @Enumerated(EnumType.STRING)
  private Basis basis;
  private String legalGround;
  private String reasons;
  private Long followsPersonId;
  private LocalDate consentOn;
  private Long recommendationId;
  /** Who acts for a child decided on their own grounds (an unaccompanied child); null for anyone else. */
  private String guardian;

  protected PersonDecision() {}

  /** An adult decided on their own grounds, with the rules' recommendation on their own assessment (if any). */
  static PersonDecision onOwnGrounds(long personId, boolean granted, String legalGround, String reasons,
      Long recommendationId) {
    PersonDecision d = new PersonDecision();
    d.personId = personId;
    d.outcome = granted ? Decision.Outcome.GRANTED : Decision.Outcome.REFUSED;
    d.basis = Basis.OWN_GROUNDS;
    d.legalGround = legalGround;
    d.reasons = reasons;
    d.recommendationId = recommendationId;
    return d;
  }

  /** An adult without grounds of their own, recognised with the principal applicant, having consented in writing. */
  static PersonDecision byFamilyUnity(long personId, long principalId, String legalGround, LocalDate consentOn) {
    PersonDecision d = new PersonDecision();
    d.personId = personId;
    d.outcome = Decision.Outcome.GRANTED;
    d.basis = Basis.FAMILY_UNITY;
    d.legalGround = legalGround;
    d.followsPersonId = principalId;
    d.consentOn = consentOn;
    return d;
  }

  /** A child without an adult in the family, decided on their own grounds, with who acts for them. */
  static PersonDecision childOnOwnGrounds(long personId, boolean granted, String legalGround, String reasons,
      Long recommendationId, String guardian) {
    PersonDecision d = onOwnGrounds(personId, granted, legalGround, reasons, recommendationId);
    d.guardian = guardian;
    return d;
  }

  /** A child, whose status follows the parent's outcome. */
  static PersonDecision followingParent(long personId, long parentId, Decision.Outcome parentOutcome) {
    PersonDecision d = new PersonDecision();
    d.personId = personId;
    d.outcome = parentOutcome;
    d.basis = Basis.FOLLOWS_PARENT;
    d.followsPersonId = parentId;
    return d;
  }

  void belongTo(long decisionId) {
    this.decisionId = decisionId;
  }

  boolean granted() {
    return outcome == Decision.Outcome.GRANTED;
  }

  public Long getId() { return id; }
  public Long getDecisionId() { return decisionId; }
  public Long getPersonId() { return personId; }
  public Decision.Outcome getOutcome() { return outcome; }
  public Basis getBasis() { return basis; }
  public String getLegalGround() { return legalGround; }
  public String getReasons() { return reasons; }
  public Long getFollowsPersonId() { return followsPersonId; }
  public LocalDate getConsentOn() { return consentOn; }
  public Long getRecommendationId() { return recommendationId; }
  public String getGuardian() { return guardian; }
}
