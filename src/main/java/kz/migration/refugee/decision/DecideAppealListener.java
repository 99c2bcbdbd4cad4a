package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.APPEAL_OUTCOME;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_DecideAppeal}: records the outcome. Not by the first decider (four-eyes, declared on the task). */
@Component
class DecideAppealListener extends FormStep<DecideAppealForm> {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  DecideAppealListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    super(DecideAppealForm.class, form);
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  protected void complete(DelegateTask task, DecideAppealForm appeal, String actor) {
    decisions.decideAppeal(cases.caseOf(task), appeal, actor);
    APPEAL_OUTCOME.set(task, appeal.appealOutcome());
  }
}
