package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.PROPOSAL;
import static kz.migration.refugee.recheck.RecheckProcess.STATUS_END_CONFIRMED;
import static kz.migration.refugee.recheck.RecheckProcess.STATUS_END_CONFIRMED_BY;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmStatusEnd}: shows the proposal; records the confirmation or rejection. Not by the proposer
 * (four-eyes, declared on the task).
 */
@Component
class ConfirmStatusEndListener extends FormStep<ConfirmStatusEndForm> {

  private final RecheckService rechecks;
  private final RecheckOfProcess recheck;

  ConfirmStatusEndListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    super(ConfirmStatusEndForm.class, form);
    this.rechecks = rechecks;
    this.recheck = recheck;
  }

  @Override
  protected void show(DelegateTask task) {
    PROPOSAL.setLocal(task, rechecks.describeProposal(recheck.of(task)));
  }

  @Override
  protected void complete(DelegateTask task, ConfirmStatusEndForm form, String actor) {
    boolean confirmed = rechecks.confirm(recheck.of(task), form, actor);
    STATUS_END_CONFIRMED.set(task.getExecution(), confirmed);
    STATUS_END_CONFIRMED_BY.set(task.getExecution(), actor);
  }
}
