package kz.migration.refugee.petition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** Body of {@code POST /api/cases/{caseNumber}/reopening}: the applicant's request to reopen an abandoned case. */
record ReopeningRequest(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate requestedOn) {}
