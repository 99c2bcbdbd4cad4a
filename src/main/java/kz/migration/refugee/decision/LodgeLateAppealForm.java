package kz.migration.refugee.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Fields of the start form {@code LodgeLateAppeal}: the case, and the appeal as lodged after the window, what
 * {@link AppealRequest} takes through the domain API.
 */
record LodgeLateAppealForm(
    @NotBlank(message = "обязательное поле")
    @Pattern(regexp = "RS-\\d{4}-\\d{6}", message = "номер дела в виде RS-ГГГГ-NNNNNN") String caseNumber,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate lateAppealLodgedOn,
    @NotBlank(message = "обязательное поле")
    @Size(max = 20000, message = "не более 20000 символов") String lateAppealGrounds) {}
