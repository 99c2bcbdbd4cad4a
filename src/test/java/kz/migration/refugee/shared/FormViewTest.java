package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/** What a form shows from the data bank, as the task's form variables hand it to Tasklist. */
class FormViewTest {

  private static final ProcessVariable<String> ACCOUNT = ProcessVariable.of("interviewAccount", String.class);
  private static final ProcessVariable<String> FAMILY = ProcessVariable.of("familySummary", String.class);
  private static final ProcessVariable<SpinJsonNode> MEMBERS = ProcessVariable.of("familyMembers", SpinJsonNode.class);

  @Test
  void aTextOfAnyLengthIsAPlainString() {
    FormView view = new FormView(null);
    String longer = "д".repeat(20_000);

    view.text(ACCOUNT, () -> longer);

    assertThat(view.values().get("interviewAccount").getType()).isEqualTo(ValueType.STRING);
    assertThat(view.values().get("interviewAccount").getValue()).isEqualTo(longer);
  }

  @Test
  void optionsAreJsonAsAStoredJsonVariableIsHandedToTasklist() {
    FormView view = new FormView(null);

    view.json(MEMBERS, () -> FormOptions.of(Map.of("7", "Ахмади Лейла")));

    SerializableValue options = (SerializableValue) view.values().get("familyMembers");
    assertThat(options.getType().getName()).isEqualTo("json");
    assertThat(options.isDeserialized()).isFalse();
    assertThat(options.getValueSerialized()).isEqualTo("[{\"label\":\"Ахмади Лейла\",\"value\":\"7\"}]");
  }

  @Test
  void aFormAskingForSomeValuesByNameGetsThoseAndTheOthersAreNotRead() {
    FormView view = new FormView(List.of("familySummary"));

    view.text(FAMILY, () -> "Дело 2026-000001");
    view.text(ACCOUNT, () -> {
      throw new AssertionError("not asked for: not read");
    });

    assertThat(view.values()).containsOnlyKeys("familySummary");
    assertThat(view.wantsAny(ACCOUNT)).isFalse();
    assertThat(view.wantsAny(ACCOUNT, FAMILY)).isTrue();
  }
}
