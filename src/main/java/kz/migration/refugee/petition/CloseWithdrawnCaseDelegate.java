package kz.migration.refugee.petition;

import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseWithdrawnCase}: the petition was withdrawn (recorded by {@link PetitionWithdrawals}); the case
 * closes, its members leave the register. What was withdrawn, when and before whom is read from the data bank.
 */
@Component
class CloseWithdrawnCaseDelegate implements JavaDelegate {

  private final PetitionWithdrawals withdrawals;
  private final FamilyCases familyCases;
  private final ProcessCases cases;

  CloseWithdrawnCaseDelegate(PetitionWithdrawals withdrawals, FamilyCases familyCases, ProcessCases cases) {
    this.withdrawals = withdrawals;
    this.familyCases = familyCases;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseOf(execution);
    PetitionWithdrawal withdrawal = withdrawals.recorded(caseId);
    familyCases.withdraw(caseId, withdrawal.getRequestedOn(), withdrawal.getReceivedBy());
  }
}
