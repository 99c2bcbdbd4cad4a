package kz.migration.refugee.decision;

import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the written notification of a refusal and starts the appeal window. */
@Component
class NotifyRefusalDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  NotifyRefusalDelegate(PetitionDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var appealDue = decisions.notifyRefusal((Long) execution.getVariable("caseId"));
    execution.setVariable(DecisionVariables.APPEAL_DUE_AT, Deadlines.overdueAt(appealDue));
  }
}
