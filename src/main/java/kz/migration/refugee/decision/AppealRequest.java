package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of {@code POST /api/cases/{caseNumber}/appeals}: an appeal against a refusal, as lodged. */
record AppealRequest(
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate lodgedOn,
    @NotBlank(message = "обязательное поле") @Size(max = 20000) String grounds) {}
