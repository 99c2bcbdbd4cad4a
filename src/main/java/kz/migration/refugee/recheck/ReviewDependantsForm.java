package kz.migration.refugee.recheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Fields of the form {@code ReviewDependants}: the family members whose status ends with this decision (the others
 * keep theirs), and the manager's note on each one's position.
 */
record ReviewDependantsForm(
    List<String> includedDependants,
    @NotBlank(message = "обязательное поле") @Size(min = 20, max = 20000, message = "от 20 символов")
    String dependantsNote) {

  List<String> included() {
    return includedDependants == null ? List.of() : includedDependants;
  }
}
