package kz.migration.refugee.shared;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Read-only text that a task's form shows from the data bank (the case file: family, accounts, checks, assessment,
 * decisions), put on the task by its step on creation and shown by display components that submit nothing.
 * Stored as a plain string when it fits one ({@value #PLAIN_MAX} characters), else as a JSON-serialized string (one
 * account may be longer): either way Tasklist hands the form the string itself, and a plain one is a single row
 * that the engine neither serializes nor keeps beside it in a byte array.
 */
public final class FormText {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /** The most characters a string variable holds (the engine's text column). */
  static final int PLAIN_MAX = 4000;

  private FormText() {}

  /** On the task itself (gone with it); its name belongs in {@code PersonalDataOutOfHistory.PERSONAL}. */
  public static void show(VariableScope task, ProcessVariable<String> variable, String text) {
    task.setVariableLocal(variable.name(), text == null || text.length() <= PLAIN_MAX ? Variables.stringValue(text)
        : Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }

  /** "да" or "нет". */
  public static String yesNo(boolean value) {
    return value ? "да" : "нет";
  }

  /** A blank value shown as a dash, so that an empty line still reads as "nothing recorded". */
  public static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value.strip();
  }
}
