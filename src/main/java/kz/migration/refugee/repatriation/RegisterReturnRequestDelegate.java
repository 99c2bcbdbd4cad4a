package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CASE_ID;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CASE_NUMBER;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.FAMILY_NAME;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.REQUESTED_BY;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.REQUEST_FIELDS;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.RETURN_ID;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.WHOLE_FAMILY;

import kz.migration.refugee.registry.CaseSearch;
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
  private final CaseSearch caseSearch;

  RegisterReturnRequestDelegate(VoluntaryReturnService returns, FormInput form, CaseSearch caseSearch) {
    this.returns = returns;
    this.form = form;
    this.caseSearch = caseSearch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequestVoluntaryReturnForm request = form.read(execution.getVariables(), RequestVoluntaryReturnForm.class);
    String initiator = REQUESTED_BY.get(execution);
    String by = initiator != null ? initiator : Actor.of(execution);
    VoluntaryReturnService.Registered registered;
    try {
      registered = returns.register(request, by);
    } catch (FieldErrors e) {
      throw form.reject(e);
    }
    execution.setProcessBusinessKey(registered.caseNumber());
    CASE_NUMBER.set(execution, registered.caseNumber());
    CASE_ID.set(execution, registered.caseId());
    FAMILY_NAME.set(execution, caseSearch.familyName(registered.caseId()));
    RETURN_ID.set(execution, registered.returnId());
    WHOLE_FAMILY.set(execution, request.wholeFamily());
    execution.removeVariables(REQUEST_FIELDS);
  }
}
