package kz.migration.refugee.petition;

import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CloseEmptiedCase}: the last member on the register departed or died during the procedure; the case
 * closes with that reason (the data bank refuses it while anyone is still on the register).
 */
@Component
class CloseEmptiedCaseDelegate implements JavaDelegate {

  private final FamilyCases familyCases;
  private final ProcessCases cases;

  CloseEmptiedCaseDelegate(FamilyCases familyCases, ProcessCases cases) {
    this.familyCases = familyCases;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    familyCases.closeEmptied(cases.caseOf(execution));
  }
}
