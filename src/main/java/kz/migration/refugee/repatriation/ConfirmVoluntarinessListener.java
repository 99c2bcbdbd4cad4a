package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.ReturnVariables.CASE_ID;
import static kz.migration.refugee.repatriation.ReturnVariables.FAMILY_OPTIONS;
import static kz.migration.refugee.repatriation.ReturnVariables.INTERVIEW_FIELDS;
import static kz.migration.refugee.repatriation.ReturnVariables.VOLUNTARY;
import static kz.migration.refugee.repatriation.ReturnVariables.WITHDRAWN_ON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmVoluntariness}: on create, lists the family still on the register for the form's
 * checklist; on complete, validates and records the interview, and whether the return is voluntary.
 */
@Component
class ConfirmVoluntarinessListener implements TaskListener {

  private final VoluntaryReturnService returns;
  private final FormInput form;
  private final ObjectMapper json;

  private final ReturnOfProcess returnOf;

  ConfirmVoluntarinessListener(VoluntaryReturnService returns, FormInput form, ObjectMapper json, ReturnOfProcess returnOf) {
    this.returnOf = returnOf;
    this.returns = returns;
    this.form = form;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(FAMILY_OPTIONS, familyOptions((Long) task.getVariable(CASE_ID)));
      return;
    }
    VoluntarinessForm interview = form.read(task.getVariables(), VoluntarinessForm.class);
    boolean voluntary;
    try {
      voluntary = returns.confirmVoluntariness(returnOf.of(task), interview, Actor.of(task));
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    task.setVariable(VOLUNTARY, voluntary);
    if (!voluntary) {
      task.setVariable(WITHDRAWN_ON, interview.interviewDate().toString());
    }
    // The interview lives in the data bank, not in process variables.
    task.getExecution().removeVariables(List.of(INTERVIEW_FIELDS));
  }

  /** Camunda Forms options: {@code [{"label": "name, birth date", "value": personId}, ...]}. */
  private Object familyOptions(long caseId) {
    List<Map<String, Object>> options = returns.family(caseId).stream()
        .map(m -> Map.<String, Object>of("label", m.label(), "value", m.personId())).toList();
    try {
      return Spin.JSON(json.writeValueAsString(options));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("family options not serializable", e);
    }
  }
}
