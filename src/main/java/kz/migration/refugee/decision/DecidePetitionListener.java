package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.DECIDED_BY;
import static kz.migration.refugee.petition.PetitionProcess.DECISION_OUTCOME;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecidePetition}: shows the case file ({@link CaseFile}); records the decision with the rules'
 * recommendation recorded at its evaluation.
 * Not by the author of the assessment on record (four-eyes, declared on the task).
 */
@Component
class DecidePetitionListener extends FormStep<DecidePetitionForm> {

  private final PetitionDecisionService decisions;
  private final CaseFile file;
  private final ProcessCases cases;

  DecidePetitionListener(PetitionDecisionService decisions, CaseFile file, FormInput form, ProcessCases cases) {
    super(DecidePetitionForm.class, form);
    this.decisions = decisions;
    this.file = file;
    this.cases = cases;
  }

  @Override
  protected void show(DelegateTask task) {
    file.show(task, cases.caseOf(task));
  }

  @Override
  protected void complete(DelegateTask task, DecidePetitionForm decision, String actor) {
    decisions.decide(cases.caseOf(task), decision, actor);
    DECISION_OUTCOME.set(task, decision.decisionOutcome());
    DECIDED_BY.set(task, actor);
  }
}
