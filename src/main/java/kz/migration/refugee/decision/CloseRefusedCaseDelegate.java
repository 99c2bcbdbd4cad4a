package kz.migration.refugee.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The refusal is final (no appeal in time, or appeal upheld): the case is closed. */
@Component
class CloseRefusedCaseDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  CloseRefusedCaseDelegate(PetitionDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.close((Long) execution.getVariable("caseId"));
  }
}
