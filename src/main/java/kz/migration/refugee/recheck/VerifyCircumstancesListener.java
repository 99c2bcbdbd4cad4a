package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_VerifyCircumstances}: on creation offers the family and the grounds to the form; on completion
 * records the verification and family changes and routes on the proposed outcome.
 */
@Component
class VerifyCircumstancesListener extends FormStep<VerifyCircumstancesForm> {

  private final RecheckService rechecks;
  private final RecheckOfProcess recheck;

  VerifyCircumstancesListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    super(VerifyCircumstancesForm.class, form);
    this.rechecks = rechecks;
    this.recheck = recheck;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    RecheckForms.offerOutcomeOptions(view, rechecks.formContext(recheck.of(task)), true);
  }

  @Override
  protected void complete(DelegateTask task, VerifyCircumstancesForm form, String actor) {
    long recheckId = recheck.of(task);
    RecheckForms.route(task, rechecks.verify(recheckId, form, actor), rechecks, recheckId);
  }
}
