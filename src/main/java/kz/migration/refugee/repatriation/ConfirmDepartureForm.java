package kz.migration.refugee.repatriation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Fields of the form {@code ConfirmDeparture}. */
record ConfirmDepartureForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "departed|withdrawn", message = "недопустимое значение") String departure,
    @PastOrPresent(message = "дата в будущем") LocalDate departedOn,
    @PastOrPresent(message = "дата в будущем") LocalDate withdrawnOn,
    @Size(max = 2000, message = "не более 2000 символов") String withdrawalReason) {

  boolean departed() {
    return "departed".equals(departure);
  }
}
