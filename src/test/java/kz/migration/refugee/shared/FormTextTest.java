package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** What a step reads back from the task when its form is submitted. */
class FormTextTest {

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
