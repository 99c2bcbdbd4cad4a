package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the form {@code RegisterAppeal}: an appeal against the refusal, as lodged. */
record RegisterAppealForm(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate appealLodgedOn,
    @NotBlank(message = "обязательное поле") @Size(max = 20000, message = "не более 20000 символов") String appealGrounds) {}
