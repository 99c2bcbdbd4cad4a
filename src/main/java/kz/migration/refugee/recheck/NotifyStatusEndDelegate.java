package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.APPEAL_DUE_AT;

import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyStatusEnd}: the confirmed end of status is notified (dated); the appeal window's end drives the timer. */
@Component
class NotifyStatusEndDelegate implements JavaDelegate {

  private final StatusEnds statusEnds;
  private final StatusEndOfProcess statusEnd;

  NotifyStatusEndDelegate(StatusEnds statusEnds, StatusEndOfProcess statusEnd) {
    this.statusEnds = statusEnds;
    this.statusEnd = statusEnd;
  }

  @Override
  public void execute(DelegateExecution execution) {
    APPEAL_DUE_AT.set(execution, Deadlines.overdueAt(statusEnds.notifyStatusEnd(statusEnd.of(execution))));
  }
}
