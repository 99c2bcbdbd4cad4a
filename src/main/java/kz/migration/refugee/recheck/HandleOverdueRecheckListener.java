package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandleOverdueRecheck}: the manager records what was done about the late recheck; the measures stay in
 * the process's history as the form submitted them.
 */
@Component
class HandleOverdueRecheckListener extends FormStep<HandleOverdueRecheckForm> {

  HandleOverdueRecheckListener(FormInput form) {
    super(HandleOverdueRecheckForm.class, form);
  }

  @Override
  protected void complete(DelegateTask task, HandleOverdueRecheckForm form, String actor) {
    // nothing beyond the form's own check
  }
}
