package kz.migration.refugee.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The appeal succeeded: the case is under review again and goes back to a decision. */
@Component
class ReopenExaminationDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  ReopenExaminationDelegate(PetitionDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.reopen((Long) execution.getVariable("caseId"));
  }
}
