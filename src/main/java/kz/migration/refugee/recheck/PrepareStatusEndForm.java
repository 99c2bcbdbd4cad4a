package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Fields of the form {@code PrepareStatusEnd}: whose status ends, of which kind, on which configured reason, and why. */
record PrepareStatusEndForm(
    List<String> statusEndMembers,
    @NotNull(message = "обязательное поле")
    @Pattern(regexp = "cessation|cancellation|deprivation|termination", message = "недопустимое значение")
    String statusEndKind,
    @NotBlank(message = "обязательное поле") String statusEndReason,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов")
    String statusEndReasons) {

  List<String> members() {
    return statusEndMembers == null ? List.of() : statusEndMembers;
  }
}
