package kz.migration.refugee.shared;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable by name and type, declared once in its process's descriptor and read and written through
 * it by delegates, listeners and tests alike.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public ProcessVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value in the scope or its parents; null if not set. */
  public T get(VariableScope scope) {
    return cast(scope.getVariable(name));
  }

  /** The value, which the process guarantees at this point. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("process variable " + name + " not set");
    }
    return value;
  }

  /**
   * Sets the value where the scope or a parent holds it (else on the process instance). A value the scope already
   * holds, of the same type, is left as it is: writing it again would record an update in the engine's history (a
   * form's field a step confirms, say) that changed nothing.
   */
  public void set(VariableScope scope, T value) {
    Object current = scope.getVariable(name);
    if (value != null && current != null && current.getClass() == value.getClass() && current.equals(value)) {
      return;
    }
    scope.setVariable(name, value);
  }

  public T cast(Object value) {
    if (value == null) {
      return null;
    }
    // Numbers written through engine REST arrive as Integer when small; the model means the declared type.
    if (type == Long.class && value instanceof Integer i) {
      return type.cast(i.longValue());
    }
    return type.cast(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
