package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The case file's texts on a task, and what a step reads back from the task when its form is submitted. */
class FormTextTest {

  private static final ProcessVariable<String> ACCOUNT = ProcessVariable.of("interviewAccount", String.class);

  @Test
  void aTextThatFitsAStringVariableIsOneAndALongerOneJsonSerialized() {
    VariableScope task = mock(VariableScope.class);
    String longer = "д".repeat(FormText.PLAIN_MAX + 1);

    FormText.show(task, ACCOUNT, "Заявитель сообщил о преследовании.");
    FormText.show(task, ACCOUNT, "д".repeat(FormText.PLAIN_MAX));
    FormText.show(task, ACCOUNT, longer);

    ArgumentCaptor<TypedValue> shown = ArgumentCaptor.forClass(TypedValue.class);
    verify(task, times(3)).setVariableLocal(eq("interviewAccount"), shown.capture());
    assertThat(shown.getAllValues().get(0).getType()).isEqualTo(ValueType.STRING);
    assertThat(shown.getAllValues().get(0).getValue()).isEqualTo("Заявитель сообщил о преследовании.");
    assertThat(shown.getAllValues().get(1).getType()).isEqualTo(ValueType.STRING);
    ObjectValue json = (ObjectValue) shown.getAllValues().get(2);
    assertThat(json.getSerializationDataFormat()).isEqualTo(Variables.SerializationDataFormats.JSON.getName());
    assertThat(json.getValue()).isEqualTo(longer);
  }

  record Appointment(String appointmentDate, Boolean interpreterNeeded) {}

  @Test
  void aSubmittedFormIsReadFromItsOwnFieldsOnly() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    FormInput input = new FormInput(new ObjectMapper(), validator, mock(FieldLabels.class));
    VariableScope task = mock(VariableScope.class);
    when(task.hasVariable("appointmentDate")).thenReturn(true);
    when(task.getVariable("appointmentDate")).thenReturn("2026-12-02");
    when(task.hasVariable("interpreterNeeded")).thenReturn(false);

    Map<String, Object> fields = input.fieldsOf(task, Appointment.class);

    assertThat(fields).containsExactly(Map.entry("appointmentDate", "2026-12-02"));
    assertThat(input.read(fields, Appointment.class)).isEqualTo(new Appointment("2026-12-02", null));
    // the texts the form only shows, and the process's own variables, are neither loaded nor deserialized
    verify(task, never()).getVariables();
    verify(task, never()).getVariable("interviewAccount");
  }
}
