package kz.migration.refugee.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a file is, as the caseworker files it; the API names it in lower case ({@code passport}). */
public enum AttachmentKind {
  PASSPORT("скан паспорта"),
  CERTIFICATE("справка из другого органа"),
  MEDICAL("медицинское заключение"),
  OTHER("иной документ"),
  /** The person's photograph for their certificates: JPEG or PNG, of one person. */
  PHOTO("фотография для документов");

  private final String label;

  AttachmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** By its code, any case; empty for anything else (an ordinal or a padded name is not a kind). */
  static Optional<AttachmentKind> of(String code) {
    return code == null ? Optional.empty()
        : Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(code)).findFirst();
  }
}
