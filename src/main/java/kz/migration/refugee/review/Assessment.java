package kz.migration.refugee.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The caseworker's assessment of one person: facts, credibility, fear of persecution, exclusion indicators. */
@Entity
@Table(name = "assessment")
class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  /** The adult assessed (or a child without an adult in the family); the principal applicant's before V19. */
  private Long personId;
  private String facts;
  private String credibility;
  private boolean wellFoundedFear;
  private boolean exclusionIndicators;
  private String exclusionDetails;
  private String recommendation;
  private String assessedBy;
  private Instant assessedAt;

  protected Assessment() {}

  AssessmentOnRecord onRecord() {
    return new AssessmentOnRecord(id, personId, assessedBy, credibility, wellFoundedFear, exclusionIndicators);
  }

  static Assessment of(long caseId, long personId, AssessPetitionForm form, String by, Instant at) {
    Assessment a = new Assessment();
    a.caseId = caseId;
    a.personId = personId;
    a.facts = form.assessmentFacts();
    a.credibility = form.credibility();
    a.wellFoundedFear = form.wellFoundedFear();
    a.exclusionIndicators = form.exclusionIndicators();
    a.exclusionDetails = form.exclusionDetails();
    a.recommendation = form.assessmentRecommendation();
    a.assessedBy = by;
    a.assessedAt = at;
    return a;
  }

  Long personId() { return personId; }
  String facts() { return facts; }
  String credibility() { return credibility; }
  boolean wellFoundedFear() { return wellFoundedFear; }
  boolean exclusionIndicators() { return exclusionIndicators; }
  String exclusionDetails() { return exclusionDetails; }
  String recommendation() { return recommendation; }
  String assessedBy() { return assessedBy; }
  Instant assessedAt() { return assessedAt; }
}
