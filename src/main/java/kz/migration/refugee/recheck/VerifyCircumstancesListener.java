package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_VerifyCircumstances}: on creation offers the family and the grounds to the form; on completion
 * records the verification and family changes and routes on the proposed outcome.
 */
@Component
class VerifyCircumstancesListener implements TaskListener {

  private final RecheckService rechecks;
  private final FormInput form;

  private final RecheckOfProcess recheck;

  VerifyCircumstancesListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    long recheckId = recheck.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      RecheckForms.offerOutcomeOptions(task, rechecks.formContext(recheckId), true);
      return;
    }
    String actor = Actor.of(task);
    VerificationForm input = form.read(task.getVariables(), VerificationForm.class);
    try {
      RecheckForms.route(task, rechecks.verify(recheckId, input, actor), actor);
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
  }
}
