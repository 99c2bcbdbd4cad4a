package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields of the form {@code ReviewLateAppeal}: the manager's decision on the lateness, with reasons either way. */
record ReviewLateAppealForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "accepted|refused", message = "недопустимое значение") String lateAppealDecision,
    @NotBlank(message = "обязательное поле")
    @Size(min = 20, max = 20000, message = "от 20 символов") String lateAppealReasons) {}
