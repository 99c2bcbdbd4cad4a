package kz.migration.refugee.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What a task's form shows from the data bank beside its own fields: the case file's texts, the options of a list.
 * Read when the form is opened (the task's form variables, as Tasklist loads them), never stored on the task: what a
 * person sees is the data bank as it is now, a waiting task holds nothing to write, keep or delete, and no client can
 * have written any of it. A form that asks for some of its values by name ({@code variableNames}) gets those only,
 * and the others are not read.
 */
public final class FormView {

  private final Collection<String> wanted;
  private final Map<String, TypedValue> values = new LinkedHashMap<>();

  /** @param wanted the names the form asks for; null for all it shows */
  FormView(Collection<String> wanted) {
    this.wanted = wanted;
  }

  /** A text the form shows (a display component submits nothing). */
  public void text(ProcessVariable<String> shown, Supplier<String> text) {
    if (wants(shown.name())) {
      values.put(shown.name(), Variables.stringValue(text.get()));
    }
  }

  /** A list's options or rows, as JSON ({@link FormOptions}). */
  public void json(ProcessVariable<SpinJsonNode> shown, Supplier<SpinJsonNode> json) {
    json(shown.name(), json);
  }

  /** A list's options or rows, as JSON, under the name its form's {@code valuesKey} gives. */
  public void json(String shown, Supplier<SpinJsonNode> json) {
    if (wants(shown)) {
      // serialized, as the engine hands a stored JSON variable to a client that does not deserialize it (Tasklist)
      values.put(shown, SpinValues.jsonValue(json.get().toString()).create());
    }
  }

  /** Whether the form asks for any of these: what they share is read only then. */
  public boolean wantsAny(ProcessVariable<?>... shown) {
    for (ProcessVariable<?> one : shown) {
      if (wants(one.name())) {
        return true;
      }
    }
    return false;
  }

  private boolean wants(String name) {
    return wanted == null || wanted.contains(name);
  }

  Map<String, TypedValue> values() {
    return values;
  }
}
