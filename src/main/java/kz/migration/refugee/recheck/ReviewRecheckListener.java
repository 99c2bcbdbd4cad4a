package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviewRecheck}: a manager settles a referred recheck (extend, or propose an end of status). */
@Component
class ReviewRecheckListener implements TaskListener {

  private final RecheckService rechecks;
  private final FormInput form;

  private final RecheckOfProcess recheck;

  ReviewRecheckListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    long recheckId = recheck.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      RecheckForms.offerOutcomeOptions(task, rechecks.formContext(recheckId), false);
      return;
    }
    String actor = Actor.of(task);
    ReviewForm input = form.read(task.getVariables(), ReviewForm.class);
    try {
      RecheckForms.route(task, rechecks.review(recheckId, input, actor), actor);
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
  }
}
