package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.APPEAL_OUTCOME;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecideAppeal}: shows the case file with the decision appealed and the appeal ({@link CaseFile});
 * records the outcome. Not by the first decider (four-eyes, declared on the task).
 */
@Component
class DecideAppealListener extends FormStep<DecideAppealForm> {

  private final PetitionDecisionService decisions;
  private final CaseFile file;
  private final ProcessCases cases;

  DecideAppealListener(PetitionDecisionService decisions, CaseFile file, FormInput form, ProcessCases cases) {
    super(DecideAppealForm.class, form);
    this.decisions = decisions;
    this.file = file;
    this.cases = cases;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    file.show(view, cases.caseOf(task));
  }

  @Override
  protected void complete(DelegateTask task, DecideAppealForm appeal, String actor) {
    decisions.decideAppeal(cases.caseOf(task), appeal, actor);
    APPEAL_OUTCOME.set(task, appeal.appealOutcome());
  }
}
