package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_ID;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The end of status a {@code status-end} process works on: its id, held against the data bank — it must be of the
 * case whose number is the process's business key, which no client can change.
 */
@Component
class StatusEndOfProcess {

  private final StatusEnds statusEnds;
  private final ProcessCases cases;

  StatusEndOfProcess(StatusEnds statusEnds, ProcessCases cases) {
    this.statusEnds = statusEnds;
    this.cases = cases;
  }

  long of(DelegateExecution execution) {
    long statusEndId = STATUS_END_ID.require(execution);
    statusEnds.requireOfCase(statusEndId, cases.caseOf(execution));
    return statusEndId;
  }

  long of(DelegateTask task) {
    return of(task.getExecution());
  }
}
