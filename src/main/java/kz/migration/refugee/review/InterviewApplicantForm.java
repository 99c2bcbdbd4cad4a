package kz.migration.refugee.review;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Fields of the form {@code InterviewApplicant}. With «Заявитель не явился» ticked only the missed appointment is
 * recorded; otherwise date, language and account are required ({@link ReviewService#recordInterview}).
 */
record InterviewApplicantForm(
    Boolean applicantMissed,
    @PastOrPresent(message = "дата в будущем") LocalDate interviewDate,
    @Size(max = 16) String interviewLanguage,
    @Size(max = 200) String interviewInterpreter,
    @Size(min = 20, max = 20000, message = "от 20 символов") String interviewSummary) {

  boolean missed() {
    return Boolean.TRUE.equals(applicantMissed);
  }
}
