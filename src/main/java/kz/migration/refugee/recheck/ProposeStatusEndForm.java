package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Fields of the start form {@code ProposeStatusEnd}: the recognised family's case. */
record ProposeStatusEndForm(
    @NotBlank(message = "обязательное поле")
    @Pattern(regexp = "RS-\\d{4}-\\d{6}", message = "номер дела в виде RS-ГГГГ-NNNNNN") String caseNumber) {}
