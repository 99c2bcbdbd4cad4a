package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the form {@code ReviewRecheck}: a manager settles a referred recheck. */
record ReviewRecheckForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "extend|cessation|deprivation", message = "недопустимое значение") String recheckOutcome,
    LocalDate newValidFrom,
    LocalDate newValidUntil,
    String cessationGround,
    String deprivationGround,
    @Size(max = 20000, message = "не более 20000 символов") String statusEndReasons) {}
