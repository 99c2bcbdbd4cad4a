package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields of the form {@code DecideAppeal}. */
record DecideAppealForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "upheld|overturned", message = "недопустимое значение") String appealOutcome,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов") String appealReasons) {}
