package kz.migration.refugee.shared;

import java.time.format.DateTimeFormatter;

/** How the forms' texts from the data bank ({@link FormView}) write dates, yes and no, and nothing recorded. */
public final class FormText {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private FormText() {}

  /** "да" or "нет". */
  public static String yesNo(boolean value) {
    return value ? "да" : "нет";
  }

  /** A blank value shown as a dash, so that an empty line still reads as "nothing recorded". */
  public static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value.strip();
  }
}
