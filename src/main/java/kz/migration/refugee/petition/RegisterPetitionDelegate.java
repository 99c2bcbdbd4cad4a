package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.CASE_ID;
import static kz.migration.refugee.petition.PetitionProcess.CASE_NUMBER;
import static kz.migration.refugee.petition.PetitionProcess.DECISION_DUE_AT;

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
    PetitionService.Registration registration = petitions.register(CASE_ID.require(execution));
    execution.setProcessBusinessKey(registration.caseNumber().value());
    CASE_NUMBER.set(execution, registration.caseNumber().value());
    DECISION_DUE_AT.set(execution, Deadlines.overdueAt(registration.decisionDueOn()));
  }
}
