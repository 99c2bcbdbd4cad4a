package kz.migration.refugee.repatriation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The refugee withdrew the request: through the API at any moment, or recorded on a form. */
record WithdrawalRequest(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate withdrawnOn,
    @NotBlank(message = "обязательное поле") @Size(max = 2000, message = "не более 2000 символов") String withdrawalReason) {}
