package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the form {@code RegisterCourtAppeal}: the court the refusal was appealed to, and when. */
record RegisterCourtAppealForm(
    @NotBlank(message = "обязательное поле") @Size(max = 500, message = "не более 500 символов") String courtName,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate courtAppealLodgedOn) {}
