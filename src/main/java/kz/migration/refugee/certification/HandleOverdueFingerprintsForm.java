package kz.migration.refugee.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of {@code Task_HandleOverdueFingerprints}: what the manager did about the late fingerprinting. */
record HandleOverdueFingerprintsForm(
    @NotBlank(message = "обязательное поле") @Size(min = 10, max = 4000, message = "от 10 символов") String overdueMeasures) {}
