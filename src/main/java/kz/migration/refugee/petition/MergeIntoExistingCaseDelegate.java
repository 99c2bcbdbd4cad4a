package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.CASE_ID;
import static kz.migration.refugee.petition.PetitionProcess.MERGE_CASE_NUMBER;

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
    petitions.merge(CASE_ID.require(execution), new CaseNumber(MERGE_CASE_NUMBER.require(execution)));
  }
}
