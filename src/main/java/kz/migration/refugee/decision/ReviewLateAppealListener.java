package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.LATE_APPEAL_DECISION;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewLateAppeal}: shows the case file with the refusal and the late appeal ({@link CaseFile}); records
 * the manager's acceptance or refusal of the lateness, with reasons, and on acceptance reopens what the final refusal
 * closed.
 */
@Component
class ReviewLateAppealListener extends FormStep<ReviewLateAppealForm> {

  private final PetitionDecisionService decisions;
  private final CaseFile file;
  private final ProcessCases cases;

  ReviewLateAppealListener(PetitionDecisionService decisions, CaseFile file, FormInput form, ProcessCases cases) {
    super(ReviewLateAppealForm.class, form);
    this.decisions = decisions;
    this.file = file;
    this.cases = cases;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    file.show(view, cases.caseOf(task));
  }

  @Override
  protected void complete(DelegateTask task, ReviewLateAppealForm review, String actor) {
    decisions.reviewLateAppeal(cases.caseOf(task), review, actor);
    LATE_APPEAL_DECISION.set(task, review.lateAppealDecision());
  }
}
