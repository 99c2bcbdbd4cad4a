package kz.migration.refugee.petition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/cases/{caseNumber}/persons/{personId}/deregistration}: a member of a family whose
 * petition is examined left the country ({@code departed}) or died ({@code died}) on the given day.
 */
record MemberDeregistrationRequest(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "departed|died", message = "допустимо departed (выезд из страны) или died (смерть)") String reason,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate deregisteredOn) {

  static final String DEPARTED = "departed";
  static final String DIED = "died";
}
