package kz.migration.refugee.repatriation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Fields of the form {@code ConfirmVoluntariness}. */
record ConfirmVoluntarinessForm(
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "confirmed|withdrawn", message = "недопустимое значение") String voluntariness,
    @NotNull(message = "обязательное поле") @PastOrPresent(message = "дата в будущем") LocalDate interviewDate,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов") String interviewSummary,
    List<Long> returningMembers,
    @Size(max = 2000, message = "не более 2000 символов") String withdrawalReason) {

  static final String CONFIRMED = "confirmed";

  boolean voluntary() {
    return CONFIRMED.equals(voluntariness);
  }
}
