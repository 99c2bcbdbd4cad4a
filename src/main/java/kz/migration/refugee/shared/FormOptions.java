package kz.migration.refugee.shared;

import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Options for a Camunda Form select or checklist that takes its values from a variable ({@code valuesKey}):
 * a JSON array of {@code {"label", "value"}} in the given order.
 */
public final class FormOptions {

  private FormOptions() {}

  public static SpinJsonNode of(Map<String, String> labelsByValue) {
    SpinJsonNode options = Spin.JSON("[]");
    labelsByValue.forEach((value, label) -> {
      SpinJsonNode option = Spin.JSON("{}");
      option.prop("label", label);
      option.prop("value", value);
      options.append(option);
    });
    return options;
  }
}
