package kz.migration.refugee.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of {@code POST /api/cases/{caseNumber}/withdrawal}: the applicant's written request to withdraw the petition. */
record WithdrawalRequest(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate requestedOn,
    @NotBlank(message = "обязательное поле") @Size(max = 2000, message = "не более 2000 символов") String note) {}
