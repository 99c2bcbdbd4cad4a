package kz.migration.refugee.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An interview appointed with the applicant: when, where, whether an interpreter is needed (for which language), and
 * once the interview step is done, whether the applicant came.
 */
@Entity
@Table(name = "interview_appointment")
class InterviewAppointment {

  static final String HELD = "held";
  static final String MISSED = "missed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  private LocalDateTime appointedAt;
  private String place;
  private String interpreterLanguage;
  private String scheduledBy;
  private Instant scheduledAt;
  private String outcome;
  private String outcomeRecordedBy;
  private Instant outcomeRecordedAt;

  protected InterviewAppointment() {}

  static InterviewAppointment scheduled(long caseId, ScheduleInterviewForm form, String by, Instant at) {
    InterviewAppointment a = new InterviewAppointment();
    a.caseId = caseId;
    a.appointedAt = form.appointmentDate().atTime(form.appointmentTime());
    a.place = form.appointmentPlace();
    a.interpreterLanguage = Boolean.TRUE.equals(form.interpreterNeeded()) ? form.interpreterLanguage() : null;
    a.scheduledBy = by;
    a.scheduledAt = at;
    return a;
  }

  /** The applicant came: the interview was held as appointed. */
  void held(String by, Instant at) {
    record(HELD, by, at);
  }

  /** The applicant did not come to the appointment. */
  void missed(String by, Instant at) {
    record(MISSED, by, at);
  }

  private void record(String result, String by, Instant at) {
    if (outcome != null) {
      throw new IllegalStateException("appointment " + id + " already " + outcome);
    }
    outcome = result;
    outcomeRecordedBy = by;
    outcomeRecordedAt = at;
  }

  boolean pending() { return outcome == null; }
  boolean wasMissed() { return MISSED.equals(outcome); }
  LocalDateTime appointedAt() { return appointedAt; }
  String place() { return place; }
  String interpreterLanguage() { return interpreterLanguage; }
  String scheduledBy() { return scheduledBy; }
  Instant scheduledAt() { return scheduledAt; }
  String outcome() { return outcome; }
  String outcomeRecordedBy() { return outcomeRecordedBy; }
  Instant outcomeRecordedAt() { return outcomeRecordedAt; }
}
