package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CASE_ID;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.FAMILY_OPTIONS;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.INTERVIEW_FIELDS;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.VOLUNTARY;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.WITHDRAWN_ON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmVoluntariness}: on create, lists the family still on the register for the form's
 * checklist; on complete, validates and records the interview, and whether the return is voluntary.
 */
@Component
class ConfirmVoluntarinessListener extends FormStep<ConfirmVoluntarinessForm> {

  private final VoluntaryReturnService returns;
  private final ObjectMapper json;
  private final ReturnOfProcess returnOf;

  ConfirmVoluntarinessListener(VoluntaryReturnService returns, FormInput form, ObjectMapper json, ReturnOfProcess returnOf) {
    super(ConfirmVoluntarinessForm.class, form);
    this.returns = returns;
    this.json = json;
    this.returnOf = returnOf;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.json(FAMILY_OPTIONS, () -> familyOptions(CASE_ID.require(task)));
  }

  @Override
  protected void complete(DelegateTask task, ConfirmVoluntarinessForm interview, String actor) {
    boolean voluntary = returns.confirmVoluntariness(returnOf.of(task), interview, actor);
    VOLUNTARY.set(task, voluntary);
    if (!voluntary) {
      WITHDRAWN_ON.set(task, interview.interviewDate().toString());
    }
    // The interview lives in the data bank, not in process variables.
    task.getExecution().removeVariables(INTERVIEW_FIELDS);
  }

  /** Camunda Forms options: {@code [{"label": "name, birth date", "value": personId}, ...]}. */
  private SpinJsonNode familyOptions(long caseId) {
    List<Map<String, Object>> options = returns.family(caseId).stream()
        .map(m -> Map.<String, Object>of("label", m.label(), "value", m.personId())).toList();
    try {
      return Spin.JSON(json.writeValueAsString(options));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("family options not serializable", e);
    }
  }
}
