package kz.migration.refugee.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * Fields of the start form {@code ReopenAbandonedCase}: the case and the date of the applicant's request, what
 * {@link ReopeningRequest} takes through the domain API.
 */
record ReopenAbandonedCaseForm(
    @NotBlank(message = "обязательное поле")
    @Pattern(regexp = "RS-\\d{4}-\\d{6}", message = "номер дела в виде RS-ГГГГ-NNNNNN") String caseNumber,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate requestedOn) {}
