package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.APPEAL_DUE_AT;

import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The confirmed end of status is notified; the appeal window's end drives the timer. */
@Component
class NotifyStatusEndDelegate implements JavaDelegate {

  private final RecheckService rechecks;

  private final RecheckOfProcess recheck;

  NotifyStatusEndDelegate(RecheckService rechecks, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(APPEAL_DUE_AT, Deadlines.overdueAt(rechecks.notifyStatusEnd(recheck.of(execution))));
  }
}
