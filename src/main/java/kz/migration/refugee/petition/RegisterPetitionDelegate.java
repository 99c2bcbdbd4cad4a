package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionVariables.CASE_ID;
import static kz.migration.refugee.petition.PetitionVariables.CASE_NUMBER;
import static kz.migration.refugee.petition.PetitionVariables.DECISION_DUE_AT;

import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the petition: case number, asylum-seeker certificates, decision deadline. */
@Component
class RegisterPetitionDelegate implements JavaDelegate {

  private final PetitionService petitions;

  RegisterPetitionDelegate(PetitionService petitions) {
    this.petitions = petitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PetitionService.Registration registration = petitions.register((Long) execution.getVariable(CASE_ID));
    execution.setProcessBusinessKey(registration.caseNumber().value());
    execution.setVariable(CASE_NUMBER, registration.caseNumber().value());
    execution.setVariable(DECISION_DUE_AT, Deadlines.overdueAt(registration.decisionDueOn()));
  }
}
