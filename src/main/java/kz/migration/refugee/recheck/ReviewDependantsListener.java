package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.DEPENDANT_OPTIONS;
import static kz.migration.refugee.recheck.StatusEndProcess.PROPOSAL;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormOptions;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewDependants}: lists the family members still registered, whose status derives from the persons
 * whose status ended; records for each whether it continues or ends with this decision.
 */
@Component
class ReviewDependantsListener extends FormStep<ReviewDependantsForm> {

  private final StatusEnds statusEnds;
  private final StatusEndOfProcess statusEnd;

  ReviewDependantsListener(StatusEnds statusEnds, FormInput form, StatusEndOfProcess statusEnd) {
    super(ReviewDependantsForm.class, form);
    this.statusEnds = statusEnds;
    this.statusEnd = statusEnd;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    long id = statusEnd.of(task);
    view.json(DEPENDANT_OPTIONS, () -> FormOptions.of(statusEnds.dependants(id)));
    view.text(PROPOSAL, () -> statusEnds.describeProposal(id));
  }

  @Override
  protected void complete(DelegateTask task, ReviewDependantsForm form, String actor) {
    statusEnds.reviewDependants(statusEnd.of(task), form, actor);
  }
}
