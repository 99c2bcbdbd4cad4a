package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.KEPT;
import static kz.migration.refugee.recheck.StatusEndProcess.PROPOSAL;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_CONFIRMED;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_OUTCOME;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmStatusEnd}: shows the proposal; records the confirmation or rejection. Not by the proposer
 * (four-eyes, declared on the task). A rejection keeps the status.
 */
@Component
class ConfirmStatusEndListener extends FormStep<ConfirmStatusEndForm> {

  private final StatusEnds statusEnds;
  private final StatusEndOfProcess statusEnd;

  ConfirmStatusEndListener(StatusEnds statusEnds, FormInput form, StatusEndOfProcess statusEnd) {
    super(ConfirmStatusEndForm.class, form);
    this.statusEnds = statusEnds;
    this.statusEnd = statusEnd;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.text(PROPOSAL, () -> statusEnds.describeProposal(statusEnd.of(task)));
  }

  @Override
  protected void complete(DelegateTask task, ConfirmStatusEndForm form, String actor) {
    boolean confirmed = statusEnds.confirm(statusEnd.of(task), form, actor);
    STATUS_END_CONFIRMED.set(task.getExecution(), confirmed);
    if (!confirmed) {
      STATUS_END_OUTCOME.set(task.getExecution(), KEPT);
    }
  }
}
