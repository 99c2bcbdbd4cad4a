package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.DECISION_OUTCOME;
import static kz.migration.refugee.petition.PetitionProcess.DECISION_SHEET;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecidePetition}: shows the case file ({@link CaseFile}) and the persons the decision is to cover;
 * records each person's outcome with the rules' recommendation recorded on their assessment. Not by the author of
 * any of those assessments (four-eyes, declared on the task).
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
  protected void show(DelegateTask task, FormView view) {
    long caseId = cases.caseOf(task);
    var family = file.show(view, caseId);
    view.text(DECISION_SHEET, () -> file.decisionSheet(family.get(), decisions.toDecide(caseId)));
  }

  @Override
  protected void complete(DelegateTask task, DecidePetitionForm decision, String actor) {
    DECISION_OUTCOME.set(task, decisions.decide(cases.caseOf(task), decision, actor));
    // the outcomes are in the data bank now; the reasons stay out of the process
    task.getExecution().removeVariable("personDecisions");
  }
}
