package kz.migration.refugee.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** Fields of the form {@code ScheduleInterview}. */
record ScheduleInterviewForm(
    @NotNull(message = "обязательное поле") LocalDate appointmentDate,
    @NotNull(message = "обязательное поле") LocalTime appointmentTime,
    @NotBlank(message = "обязательное поле") @Size(max = 300) String appointmentPlace,
    Boolean interpreterNeeded,
    @Size(max = 16) String interpreterLanguage) {}
