package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Fields of the form {@code ConfirmDerivedStatus}: the documents showing the child is the recognised parent's. */
record ConfirmDerivedStatusForm(
    @NotBlank(message = "обязательное поле")
    @Size(min = 20, max = 2000, message = "от 20 до 2000 символов") String kinshipEvidence) {}
