package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewRecheck}: a manager settles a referred recheck (extend, or propose an end of status). */
@Component
class ReviewRecheckListener extends FormStep<ReviewRecheckForm> {

  private final RecheckService rechecks;
  private final RecheckOfProcess recheck;

  ReviewRecheckListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    super(ReviewRecheckForm.class, form);
    this.rechecks = rechecks;
    this.recheck = recheck;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    RecheckForms.offerOutcomeOptions(view, rechecks.formContext(recheck.of(task)), false);
  }

  @Override
  protected void complete(DelegateTask task, ReviewRecheckForm form, String actor) {
    long recheckId = recheck.of(task);
    RecheckForms.route(task, rechecks.review(recheckId, form, actor), rechecks, recheckId);
  }
}
