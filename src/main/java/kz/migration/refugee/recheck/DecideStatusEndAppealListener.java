package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.KEPT;
import static kz.migration.refugee.recheck.StatusEndProcess.OVERTURNED;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_APPEAL_OUTCOME;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_OUTCOME;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecideStatusEndAppeal}: records the appeal's outcome. Not by the manager who confirmed the end of
 * status (four-eyes, declared on the task). An overturned end keeps the status.
 */
@Component
class DecideStatusEndAppealListener extends FormStep<DecideStatusEndAppealForm> {

  private final StatusEnds statusEnds;
  private final StatusEndOfProcess statusEnd;

  DecideStatusEndAppealListener(StatusEnds statusEnds, FormInput form, StatusEndOfProcess statusEnd) {
    super(DecideStatusEndAppealForm.class, form);
    this.statusEnds = statusEnds;
    this.statusEnd = statusEnd;
  }

  @Override
  protected void complete(DelegateTask task, DecideStatusEndAppealForm form, String actor) {
    statusEnds.decideAppeal(statusEnd.of(task), form, actor);
    STATUS_END_APPEAL_OUTCOME.set(task.getExecution(), form.statusEndAppealOutcome());
    if (OVERTURNED.equals(form.statusEndAppealOutcome())) {
      STATUS_END_OUTCOME.set(task.getExecution(), KEPT);
    }
  }
}
