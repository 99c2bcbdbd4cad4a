package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionVariables.CASE_ID;
import static kz.migration.refugee.petition.PetitionVariables.DUPLICATE_RESOLUTION;

import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing {@code Task_ResolveDuplicate}: checks and records the caseworker's choice and reason. */
@Component
class ResolveDuplicateListener implements TaskListener {

  private final PetitionService petitions;

  ResolveDuplicateListener(PetitionService petitions) {
    this.petitions = petitions;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      petitions.resolveDuplicate((Long) task.getVariable(CASE_ID), (String) task.getVariable(DUPLICATE_RESOLUTION),
          (String) task.getVariable("mergeCaseNumber"), (String) task.getVariable("duplicateReason"));
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
  }
}
