package kz.migration.refugee.schooling;

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
 * One referral of a child to school, from its occasion to its outcome. Open while {@code outcome} is null; the
 * database holds one open referral per child ({@code open_person_id}).
 */
@Entity
@Table(name = "school_referral")
class SchoolReferral {

  /** What the referral was started by. */
  enum Trigger { REGISTRATION, RECOGNITION, RECHECK }

  enum Outcome { ENROLLED, REFUSED, NOT_NEEDED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private Long personId;
  private Long openPersonId;
  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind")
  private Trigger trigger;
  private Long schoolId;
  private String schoolName;
  private LocalDate referredOn;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  private String outcomeReason;
  private LocalDate outcomeOn;
  private String recordedBy;
  private Instant createdAt;
  private Instant updatedAt;

  protected SchoolReferral() {}

  static SchoolReferral open(long caseId, long personId, Trigger trigger, Instant now) {
    SchoolReferral r = new SchoolReferral();
    r.caseId = caseId;
    r.personId = personId;
    r.openPersonId = personId;
    r.trigger = trigger;
    r.createdAt = now;
    r.updatedAt = now;
    return r;
  }

  boolean isOpen() {
    return outcome == null;
  }

  boolean isReferred() {
    return referredOn != null;
  }

  /** The caseworker referred the child to the school on the day; the outcome is to follow. */
  void refer(Long schoolId, String schoolName, LocalDate on, String by, Instant now) {
    requireOpen();
    this.schoolId = schoolId;
    this.schoolName = schoolName;
    this.referredOn = on;
    this.recordedBy = by;
    this.updatedAt = now;
  }

  /** No referral is needed (already at school, a school found by the family...): the referral ends. */
  void notNeeded(String reason, LocalDate on, String by, Instant now) {
    close(Outcome.NOT_NEEDED, reason, on, by, now);
  }

  void enrolled(LocalDate on, String by, Instant now) {
    close(Outcome.ENROLLED, null, on, by, now);
  }

  void refused(String reason, LocalDate on, String by, Instant now) {
    close(Outcome.REFUSED, reason, on, by, now);
  }

  /** The child left the register before an outcome was recorded. */
  void cancel(String reason, LocalDate on, String by, Instant now) {
    close(Outcome.CANCELLED, reason, on, by, now);
  }

  private void close(Outcome outcome, String reason, LocalDate on, String by, Instant now) {
    requireOpen();
    this.outcome = outcome;
    this.outcomeReason = reason;
    this.outcomeOn = on;
    this.recordedBy = by;
    this.openPersonId = null;
    this.updatedAt = now;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("school referral " + id + " is closed");
    }
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Long getPersonId() { return personId; }
  public Trigger getTrigger() { return trigger; }
  public Long getSchoolId() { return schoolId; }
  public String getSchoolName() { return schoolName; }
  public LocalDate getReferredOn() { return referredOn; }
  public Outcome getOutcome() { return outcome; }
  public String getOutcomeReason() { return outcomeReason; }
  public LocalDate getOutcomeOn() { return outcomeOn; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
