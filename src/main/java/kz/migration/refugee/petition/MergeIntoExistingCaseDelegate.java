package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionVariables.CASE_ID;

import kz.migration.refugee.registry.CaseNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The intake was an existing case: its new members join that case, and this petition ends. */
@Component
class MergeIntoExistingCaseDelegate implements JavaDelegate {

  private final PetitionService petitions;

  MergeIntoExistingCaseDelegate(PetitionService petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    petitions.merge((Long) execution.getVariable(CASE_ID), new CaseNumber((String) execution.getVariable("mergeCaseNumber")));
  }
}
