package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.ReturnVariables.CASE_ID;
import static kz.migration.refugee.repatriation.ReturnVariables.CASE_NUMBER;
import static kz.migration.refugee.repatriation.ReturnVariables.REQUESTED_BY;
import static kz.migration.refugee.repatriation.ReturnVariables.REQUEST_FIELDS;
import static kz.migration.refugee.repatriation.ReturnVariables.RETURN_ID;
import static kz.migration.refugee.repatriation.ReturnVariables.WHOLE_FAMILY;

import java.util.List;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterReturnRequest}: validates the start form and records the request. A family that is not
 * recognised, or already has an open return, is refused: the start fails and nothing is written.
 */
@Component
class RegisterReturnRequestDelegate implements JavaDelegate {

  private final VoluntaryReturnService returns;
  private final FormInput form;

  RegisterReturnRequestDelegate(VoluntaryReturnService returns, FormInput form) {
    this.returns = returns;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReturnRequestForm request = form.read(execution.getVariables(), ReturnRequestForm.class);
    String by = execution.getVariable(REQUESTED_BY) instanceof String user ? user : Actor.of(execution);
    VoluntaryReturnService.Registered registered;
    try {
      registered = returns.register(request, by);
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    execution.setProcessBusinessKey(registered.caseNumber());
    execution.setVariable(CASE_NUMBER, registered.caseNumber());
    execution.setVariable(CASE_ID, registered.caseId());
    execution.setVariable(RETURN_ID, registered.returnId());
    execution.setVariable(WHOLE_FAMILY, request.wholeFamily());
    execution.removeVariables(List.of(REQUEST_FIELDS));
  }
}
