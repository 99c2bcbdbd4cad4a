package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.STATUS_END_APPEAL_OUTCOME;

import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FourEyes;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DecideStatusEndAppeal}: decided by a manager other than the one who confirmed the end of status. */
@Component
class DecideStatusEndAppealListener implements TaskListener {

  private static final String WHAT = "Жалоба на утрату или лишение статуса";

  private final RecheckService rechecks;
  private final FormInput form;

  private final RecheckOfProcess recheck;

  DecideStatusEndAppealListener(RecheckService rechecks, FormInput form, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    String confirmedBy = rechecks.confirmer(recheck.of(task));
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      FourEyes.require(task.getAssignee(), confirmedBy, WHAT);
      return;
    }
    String actor = Actor.of(task);
    FourEyes.require(actor, confirmedBy, WHAT);
    StatusEndAppealForm input = form.read(task.getVariables(), StatusEndAppealForm.class);
    rechecks.decideAppeal(recheck.of(task), input, actor);
    task.getExecution().setVariable(STATUS_END_APPEAL_OUTCOME, input.statusEndAppealOutcome());
  }
}
