package kz.migration.refugee.shared;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Read-only text that a task's form shows from the data bank (the case file: family, accounts, checks, assessment,
 * decisions), put on the task by its step on creation and shown by display components that submit nothing.
 * Stored as a JSON-serialized string: a plain string variable holds at most 4 000 characters and one account may be
 * longer; Tasklist hands the form the string itself.
 */
public final class FormText {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private FormText() {}

  /** On the task itself (gone with it); its name belongs in {@code PersonalDataOutOfHistory.PERSONAL}. */
  public static void show(VariableScope task, ProcessVariable<String> variable, String text) {
    task.setVariableLocal(variable.name(),
        Variables.objectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
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
