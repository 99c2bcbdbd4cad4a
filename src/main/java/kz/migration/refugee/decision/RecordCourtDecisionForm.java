package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** Fields of the form {@code RecordCourtDecision}: what the court decided on the refusal, and when. */
record RecordCourtDecisionForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "upheld|overturned", message = "недопустимое значение") String courtOutcome,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate courtDecidedOn) {}
