package kz.migration.refugee.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the form {@code InterviewApplicant}. */
record InterviewApplicantForm(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate interviewDate,
    @NotBlank(message = "обязательное поле") @Size(max = 16) String interviewLanguage,
    @Size(max = 200) String interviewInterpreter,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов") String interviewSummary) {}
