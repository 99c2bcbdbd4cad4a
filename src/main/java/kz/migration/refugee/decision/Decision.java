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
import kz.migration.refugee.shared.ConflictException;

/**
 * A decision on a petition: the act (who, when, the principal applicant's ground and reasons, with the recommendation
 * the rules gave on their assessment and the inputs they were given), covering each person with their own outcome
 * ({@link PersonDecision}), so that auditors see what the decider saw. Rows are never updated but for the service of the notice: how and when
 * the refusal reached the applicant, which starts the appeal window.
 */
@Entity
@Table(name = "decision")
class Decision {

  /** Of a person; of the decision as a whole, also {@code PARTLY_GRANTED}: some of its persons granted, some refused. */
  enum Outcome { GRANTED, REFUSED, PARTLY_GRANTED }

  /** How a refusal was served: handed over in person, or sent by post (served on the delivery date). */
  enum ServedHow {
    IN_PERSON("in-person"), POST("post");

    private final String code;

    ServedHow(String code) { this.code = code; }

    String code() { return code; }

    static ServedHow of(String code) {
      for (ServedHow how : values()) {
        if (how.code.equals(code)) {
          return how;
        }
      }
      throw new IllegalArgumentException("unknown manner of service: " + code);
    }
  }

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
  @Enumerated(EnumType.STRING)
  @Column(name = "notice_served_how")
  private ServedHow noticeServedHow;
  private String noticeServiceNote;
  private String noticeRecordedBy;
  private Instant noticeRecordedAt;

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

  /** The refusal was served on the applicant on {@code on}: the appeal window runs from that day to {@code appealDueOn}. */
  void served(ServedHow how, LocalDate on, LocalDate appealDueOn, String note, String by, Instant at) {
    if (outcome == Outcome.GRANTED) {
      throw new IllegalStateException("only a refusal is served with an appeal window");
    }
    if (notifiedOn != null) {
      throw new ConflictException("вручение уведомления об отказе уже записано: " + notifiedOn);
    }
    this.noticeServedHow = how;
    this.notifiedOn = on;
    this.appealDueOn = appealDueOn;
    this.noticeServiceNote = note;
    this.noticeRecordedBy = by;
    this.noticeRecordedAt = at;
  }

  /** Served on the applicant, so that the appeal window runs. */
  boolean isServed() {
    return notifiedOn != null;
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
  public ServedHow getNoticeServedHow() { return noticeServedHow; }
  public String getNoticeServiceNote() { return noticeServiceNote; }
  public String getNoticeRecordedBy() { return noticeRecordedBy; }
}
