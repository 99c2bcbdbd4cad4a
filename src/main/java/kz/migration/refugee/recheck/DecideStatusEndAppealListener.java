package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.STATUS_END_APPEAL_OUTCOME;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecideStatusEndAppeal}: records the appeal's outcome. Not by the manager who confirmed the end of
 * status (four-eyes, declared on the task).
 */
@Component
class DecideStatusEndAppealListener extends FormStep<DecideStatusEndAppealForm> {

  private final RecheckService rechecks;
  private final RecheckOfProcess recheck;

  DecideStatusEndAppealListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    super(DecideStatusEndAppealForm.class, form);
    this.rechecks = rechecks;
    this.recheck = recheck;
  }

  @Override
  protected void complete(DelegateTask task, DecideStatusEndAppealForm form, String actor) {
    rechecks.decideAppeal(recheck.of(task), form, actor);
    STATUS_END_APPEAL_OUTCOME.set(task.getExecution(), form.statusEndAppealOutcome());
  }
}
