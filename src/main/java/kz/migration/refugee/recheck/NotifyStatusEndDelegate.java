package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.APPEAL_DUE_AT;

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
    APPEAL_DUE_AT.set(execution, Deadlines.overdueAt(rechecks.notifyStatusEnd(recheck.of(execution))));
  }
}
