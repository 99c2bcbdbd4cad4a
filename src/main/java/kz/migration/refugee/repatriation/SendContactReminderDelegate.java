package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CONTACT_BODY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendContactReminder}: reminds a body that has not answered yet (run by the reminder timer's job). */
@Component
class SendContactReminderDelegate implements JavaDelegate {

  private final VoluntaryReturnService returns;

  private final ReturnOfProcess returnOf;

  SendContactReminderDelegate(VoluntaryReturnService returns, ReturnOfProcess returnOf) {
    this.returnOf = returnOf;
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.remind(returnOf.of(execution), ContactBody.valueOf(CONTACT_BODY.require(execution)));
  }
}
