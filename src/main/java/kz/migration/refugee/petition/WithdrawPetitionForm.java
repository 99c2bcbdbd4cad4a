package kz.migration.refugee.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the start form {@code WithdrawPetition}: the case and the applicant's written request. */
record WithdrawPetitionForm(
    @NotBlank(message = "обязательное поле")
    @Pattern(regexp = "RS-\\d{4}-\\d{6}", message = "номер дела в виде RS-ГГГГ-NNNNNN") String caseNumber,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate requestedOn,
    @NotBlank(message = "обязательное поле") @Size(max = 2000, message = "не более 2000 символов") String withdrawalNote) {}
