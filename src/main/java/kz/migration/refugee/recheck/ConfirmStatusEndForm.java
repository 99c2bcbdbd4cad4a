package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields of the form {@code ConfirmStatusEnd}. */
record ConfirmStatusEndForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "confirmed|rejected", message = "недопустимое значение") String statusEndConfirmation,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов")
    String confirmationReasons) {

  boolean confirmed() {
    return "confirmed".equals(statusEndConfirmation);
  }
}
