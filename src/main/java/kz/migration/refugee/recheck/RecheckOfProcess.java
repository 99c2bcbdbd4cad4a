package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.RECHECK_ID;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The recheck an {@code annual-recheck} process works on: its id as the scheduler started it, held against the data
 * bank — it must be a recheck of the case whose number is the process's business key, which no client can change.
 */
@Component
class RecheckOfProcess {

  private final RecheckService rechecks;
  private final ProcessCases cases;

  RecheckOfProcess(RecheckService rechecks, ProcessCases cases) {
    this.rechecks = rechecks;
    this.cases = cases;
  }

  long of(DelegateExecution execution) {
    long recheckId = RECHECK_ID.require(execution);
    rechecks.requireOfCase(recheckId, cases.caseOf(execution));
    return recheckId;
  }

  long of(DelegateTask task) {
    return of(task.getExecution());
  }
}
