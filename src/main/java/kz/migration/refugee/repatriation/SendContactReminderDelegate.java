package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.ReturnVariables.CONTACT_BODY;
import static kz.migration.refugee.repatriation.ReturnVariables.RETURN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendContactReminder}: reminds a body that has not answered yet (run by the reminder timer's job). */
@Component
class SendContactReminderDelegate implements JavaDelegate {

  private final VoluntaryReturnService returns;

  SendContactReminderDelegate(VoluntaryReturnService returns) {
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.remind((Long) execution.getVariable(RETURN_ID), ContactBody.valueOf((String) execution.getVariable(CONTACT_BODY)));
  }
}
