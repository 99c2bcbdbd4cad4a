package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.PROPOSAL;
import static kz.migration.refugee.recheck.RecheckVariables.STATUS_END_CONFIRMED;
import static kz.migration.refugee.recheck.RecheckVariables.STATUS_END_CONFIRMED_BY;

import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FourEyes;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmStatusEnd}: shows the proposal; refuses its author on assignment and on completion
 * (four-eyes: proposer ≠ confirmer); records the confirmation or rejection.
 */
@Component
class ConfirmStatusEndListener implements TaskListener {

  private static final String WHAT = "Утверждение утраты или лишения статуса";

  private final RecheckService rechecks;
  private final FormInput form;

  private final RecheckOfProcess recheck;

  ConfirmStatusEndListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    long recheckId = recheck.of(task);
    String proposedBy = rechecks.proposer(recheckId);
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> task.setVariableLocal(PROPOSAL, rechecks.describeProposal(recheckId));
      case EVENTNAME_ASSIGNMENT -> FourEyes.require(task.getAssignee(), proposedBy, WHAT);
      default -> {
        String actor = Actor.of(task);
        FourEyes.require(actor, proposedBy, WHAT);
        boolean confirmed = rechecks.confirm(recheckId, form.read(task.getVariables(), ConfirmationForm.class), actor);
        task.getExecution().setVariable(STATUS_END_CONFIRMED, confirmed);
        task.getExecution().setVariable(STATUS_END_CONFIRMED_BY, actor);
      }
    }
  }
}
