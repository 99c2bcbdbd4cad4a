package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.WITHDRAWAL_REASON;

import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordWithdrawal}: the refugee withdrew the request (at the interview or at departure; at any other
 * moment through the API, {@link RecordLateWithdrawalDelegate}). The return closes; the family's status and its
 * annual recheck go on unchanged.
 */
@Component
class RecordWithdrawalDelegate implements JavaDelegate {

  private final VoluntaryReturnService returns;
  private final FormInput form;

  private final ReturnOfProcess returnOf;

  RecordWithdrawalDelegate(VoluntaryReturnService returns, FormInput form, ReturnOfProcess returnOf) {
    this.returnOf = returnOf;
    this.returns = returns;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WithdrawalRequest withdrawal = form.read(execution.getVariables(), WithdrawalRequest.class);
    try {
      returns.withdraw(returnOf.of(execution), withdrawal);
    } catch (FieldErrors e) {
      throw form.reject(e);
    }
    // The reason lives in the data bank, not in process variables.
    execution.removeVariable(WITHDRAWAL_REASON.name());
  }
}
