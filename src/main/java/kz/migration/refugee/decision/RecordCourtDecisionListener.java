package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.COURT_OUTCOME;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordCourtDecision}: the court's outcome and its date, recorded by the logged-in official; the case is
 * no longer held open by the court appeal, and the model closes it (upheld) or reopens the examination (overturned).
 */
@Component
class RecordCourtDecisionListener extends FormStep<RecordCourtDecisionForm> {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  RecordCourtDecisionListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    super(RecordCourtDecisionForm.class, form);
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  protected void complete(DelegateTask task, RecordCourtDecisionForm form, String actor) {
    decisions.recordCourtDecision(cases.caseOf(task), form, actor);
    COURT_OUTCOME.set(task, form.courtOutcome());
  }
}
