package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.DECISION_DUE_AT;
import static kz.migration.refugee.petition.PetitionProcess.DECISION_OUTCOME;

import java.time.LocalDate;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The appeal succeeded: the case is under review again and goes back to a decision, due within the re-examination
 * period. The examination then starts over at the decision, and its deadline watch with it, from the new deadline.
 */
@Component
class ReopenExaminationDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  private final ProcessCases cases;

  ReopenExaminationDelegate(PetitionDecisionService decisions, ProcessCases cases) {
    this.cases = cases;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate due = decisions.reopen(cases.caseOf(execution));
    // the refusal no longer stands: the petition awaits its decision, which the deadline watch looks for
    execution.removeVariable(DECISION_OUTCOME.name());
    DECISION_DUE_AT.set(execution, Deadlines.overdueAt(due));
  }
}
