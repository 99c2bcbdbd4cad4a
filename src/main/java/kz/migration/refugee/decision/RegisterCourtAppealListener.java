package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterCourtAppeal}: the applicant appealed to a court against the refusal upheld on appeal; recorded by
 * the logged-in caseworker, and the case is held open until the court decides.
 */
@Component
class RegisterCourtAppealListener extends FormStep<RegisterCourtAppealForm> {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  RegisterCourtAppealListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    super(RegisterCourtAppealForm.class, form);
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  protected void complete(DelegateTask task, RegisterCourtAppealForm form, String actor) {
    decisions.lodgeCourtAppeal(cases.caseOf(task), form, actor);
  }
}
