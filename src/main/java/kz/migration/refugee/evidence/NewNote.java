package kz.migration.refugee.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/cases/{caseNumber}/notes}, and the case page's note form. */
public record NewNote(
    @NotBlank(message = "обязательное поле") @Size(max = MAX_TEXT, message = "не более 4000 символов") String text,
    @Positive(message = "номер заметки") Long corrects) {

  static final int MAX_TEXT = 4000;
}
