package kz.migration.refugee.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The record of the interview with the applicant, through an interpreter where needed. */
@Entity
@Table(name = "interview")
class Interview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_id")
  private Long caseId;
  private LocalDate heldOn;
  private String language;
  private String interpreter;
  private String summary;
  private String recordedBy;
  private Instant recordedAt;

  protected Interview() {}

  static Interview held(long caseId, InterviewApplicantForm form, String by, Instant at) {
    Interview i = new Interview();
    i.caseId = caseId;
    i.heldOn = form.interviewDate();
    i.language = form.interviewLanguage();
    i.interpreter = form.interviewInterpreter();
    i.summary = form.interviewSummary();
    i.recordedBy = by;
    i.recordedAt = at;
    return i;
  }

  LocalDate heldOn() { return heldOn; }
  String language() { return language; }
  String interpreter() { return interpreter; }
  String summary() { return summary; }
  String recordedBy() { return recordedBy; }
  Instant recordedAt() { return recordedAt; }
}
