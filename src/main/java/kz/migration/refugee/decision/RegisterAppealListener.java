package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterAppeal}: an appeal against the refusal, lodged in the window, is recorded from Tasklist by the
 * logged-in caseworker — the same rules as {@code POST /api/cases/{n}/appeals}.
 */
@Component
class RegisterAppealListener extends FormStep<RegisterAppealForm> {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  RegisterAppealListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    super(RegisterAppealForm.class, form);
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  protected void complete(DelegateTask task, RegisterAppealForm form, String actor) {
    decisions.lodgeAppeal(cases.caseOf(task), form.appealLodgedOn(), form.appealGrounds(), actor, "appealLodgedOn");
  }
}
