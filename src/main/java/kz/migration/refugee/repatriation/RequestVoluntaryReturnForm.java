package kz.migration.refugee.repatriation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the start form {@code RequestVoluntaryReturn}: the refugee's written request. */
record RequestVoluntaryReturnForm(
    @NotBlank(message = "обязательное поле") String caseNumber,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate requestedOn,
    @NotBlank(message = "обязательное поле") @Size(max = 64, message = "не более 64 символов") String requestReference,
    @NotNull(message = "обязательное поле") Boolean wholeFamily) {}
