package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.DERIVED_STATUS_SUMMARY;
import static kz.migration.refugee.petition.PetitionProcess.JOINER_ID;
import static kz.migration.refugee.petition.PetitionProcess.PARENT_ID;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmDerivedStatus}: a child who joined a recognised family later receives the parent's status on a
 * manager's confirmation, recorded as a decision following the parent; the child goes onto the parent's refugee
 * certificate.
 */
@Component
class ConfirmDerivedStatusListener extends FormStep<ConfirmDerivedStatusForm> {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  ConfirmDerivedStatusListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    super(ConfirmDerivedStatusForm.class, form);
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.text(DERIVED_STATUS_SUMMARY, () -> decisions.derivedStatusSummary(cases.caseOf(task),
        JOINER_ID.get(task), PARENT_ID.get(task)));
  }

  @Override
  protected void complete(DelegateTask task, ConfirmDerivedStatusForm form, String actor) {
    decisions.confirmDerivedStatus(cases.caseOf(task), JOINER_ID.get(task), PARENT_ID.get(task),
        form.kinshipEvidence(), actor);
    task.getExecution().removeVariable("kinshipEvidence");
  }
}
