package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The refusal is final (no appeal in time, or appeal upheld): the case is closed. */
@Component
class CloseRefusedCaseDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  private final ProcessCases cases;

  CloseRefusedCaseDelegate(PetitionDecisionService decisions, ProcessCases cases) {
    this.cases = cases;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.close(cases.caseOf(execution));
  }
}
