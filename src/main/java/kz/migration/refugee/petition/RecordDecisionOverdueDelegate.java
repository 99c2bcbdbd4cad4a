package kz.migration.refugee.petition;

import kz.migration.refugee.registry.ProcessCases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The decision deadline passed with no decision: recorded on the petition for the managers and auditors. */
@Component
class RecordDecisionOverdueDelegate implements JavaDelegate {

  private final PetitionService petitions;

  private final ProcessCases cases;

  RecordDecisionOverdueDelegate(PetitionService petitions, ProcessCases cases) {
    this.cases = cases;
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    petitions.recordDeadlineMissed(cases.caseOf(execution));
  }
}
