package kz.migration.refugee.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the rules recommended when they were evaluated, from a person's assessment on record. */
@Entity
@Table(name = "recommendation")
class RecordedRecommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  /** The person whose assessment the rules were given. */
  private Long personId;
  private String outcome;
  @Column(name = "rule_fired")
  private String rule;
  private String inputs;
  private String rulesVersion;
  private Long assessmentId;
  private Instant evaluatedAt;

  protected RecordedRecommendation() {}

  static RecordedRecommendation evaluated(long caseId, long personId, long assessmentId, Recommendation r, Instant at) {
    RecordedRecommendation rec = new RecordedRecommendation();
    rec.caseId = caseId;
    rec.personId = personId;
    rec.assessmentId = assessmentId;
    rec.outcome = r.outcome();
    rec.rule = r.rule();
    rec.inputs = r.inputs();
    rec.rulesVersion = r.rulesVersion();
    rec.evaluatedAt = at;
    return rec;
  }

  Recommendation recommendation() {
    return new Recommendation(outcome, rule, inputs, rulesVersion);
  }

  Instant evaluatedAt() { return evaluatedAt; }

  public Long getId() { return id; }
  public Long getPersonId() { return personId; }
  public String getOutcome() { return outcome; }
  public String getRule() { return rule; }
  public String getInputs() { return inputs; }
  public String getRulesVersion() { return rulesVersion; }
  public Instant getEvaluatedAt() { return evaluatedAt; }
}
