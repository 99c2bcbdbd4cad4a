package kz.migration.refugee.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields of the form {@code HandleAbandonment}. */
record HandleAbandonmentForm(
    @NotBlank(message = "обязательное поле") @Pattern(regexp = "close|reschedule", message = "недопустимое значение")
    String abandonmentDecision,
    @Size(max = 2000) String abandonmentNote) {}
