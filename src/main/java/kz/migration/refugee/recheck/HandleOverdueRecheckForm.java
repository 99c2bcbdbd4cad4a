package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of {@code Task_HandleOverdueRecheck}: what the manager did about the late recheck. */
record HandleOverdueRecheckForm(
    @NotBlank(message = "обязательное поле") @Size(min = 10, max = 4000, message = "от 10 символов") String overdueMeasures) {}
