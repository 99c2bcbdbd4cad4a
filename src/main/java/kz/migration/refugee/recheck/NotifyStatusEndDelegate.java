package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.APPEAL_DUE_AT;
import static kz.migration.refugee.recheck.RecheckVariables.RECHECK_ID;

import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The confirmed end of status is notified; the appeal window's end drives the timer. */
@Component
class NotifyStatusEndDelegate implements JavaDelegate {

  private final RecheckService rechecks;

  NotifyStatusEndDelegate(RecheckService rechecks) {
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(APPEAL_DUE_AT, Deadlines.overdueAt(rechecks.notifyStatusEnd((Long) execution.getVariable(RECHECK_ID))));
  }
}
