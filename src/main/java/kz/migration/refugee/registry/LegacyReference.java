package kz.migration.refugee.registry;

import java.text.Normalizer;
import java.util.Locale;
import kz.migration.refugee.shared.InputText;

/**
 * A historic case's number in its archive's own numbering ({@code 12/2003-АФГ}, {@code A-15773}), kept beside the
 * product's case number: one line of printable text, as stored by {@link InputText}. A number in the product's
 * form is a {@link CaseNumber}, not a legacy reference.
 */
public record LegacyReference(String value) {

  public static final int MAX_LENGTH = 50;

  public LegacyReference {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("архивный номер дела не указан");
    }
    value = InputText.clean(value.strip());
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("архивный номер дела: от 1 до " + MAX_LENGTH + " символов");
    }
    // tabs and line breaks pass InputText (they belong in notes), not in a number
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("в архивном номере дела не допускаются управляющие символы и переносы строк");
    }
    if (CaseNumber.isValid(value)) {
      throw new IllegalArgumentException("номер в формате RS-ГГГГ-NNNNNN — номер дела, а не архивный номер");
    }
  }

  /** The form compared and searched: one archive number is one case whatever the case of its letters. */
  String key() {
    return searchKey(value);
  }

  /** A typed search text in the form of {@link #key()}. */
  static String searchKey(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
