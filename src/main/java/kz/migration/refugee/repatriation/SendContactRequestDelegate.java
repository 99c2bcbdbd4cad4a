package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.ReturnVariables.CONTACT_BODY;
import static kz.migration.refugee.repatriation.ReturnVariables.RETURN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendContactRequest}: asks one body (asynchronous step, retried, then an incident). */
@Component
class SendContactRequestDelegate implements JavaDelegate {

  private final VoluntaryReturnService returns;

  SendContactRequestDelegate(VoluntaryReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.sendRequest((Long) execution.getVariable(RETURN_ID),
        ContactBody.valueOf((String) execution.getVariable(CONTACT_BODY)));
  }
}
