package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.APPEAL_DUE_AT;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the written notification of a refusal and starts the appeal window. */
@Component
class NotifyRefusalDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  private final ProcessCases cases;

  NotifyRefusalDelegate(PetitionDecisionService decisions, ProcessCases cases) {
    this.cases = cases;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var appealDue = decisions.notifyRefusal(cases.caseOf(execution));
    APPEAL_DUE_AT.set(execution, Deadlines.overdueAt(appealDue));
  }
}
