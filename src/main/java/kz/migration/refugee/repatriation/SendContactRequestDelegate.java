package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CONTACT_BODY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendContactRequest}: asks one body (asynchronous step, retried, then an incident). */
@Component
class SendContactRequestDelegate implements JavaDelegate {

  private final VoluntaryReturnService returns;

  private final ReturnOfProcess returnOf;

  SendContactRequestDelegate(VoluntaryReturnService returns, ReturnOfProcess returnOf) {
    this.returnOf = returnOf;
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.sendRequest(returnOf.of(execution),
        ContactBody.valueOf(CONTACT_BODY.require(execution)));
  }
}
