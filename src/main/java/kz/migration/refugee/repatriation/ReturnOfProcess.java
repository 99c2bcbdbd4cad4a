package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.RETURN_ID;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The voluntary return a {@code voluntary-return} process works on: its id as registered, held against the data
 * bank — it must be a return of the case whose number is the process's business key, which no client can change.
 */
@Component
class ReturnOfProcess {

  private final VoluntaryReturnService returns;
  private final ProcessCases cases;

  ReturnOfProcess(VoluntaryReturnService returns, ProcessCases cases) {
    this.returns = returns;
    this.cases = cases;
  }

  long of(DelegateExecution execution) {
    long returnId = RETURN_ID.require(execution);
    returns.requireOfCase(returnId, cases.caseOf(execution));
    return returnId;
  }

  long of(DelegateTask task) {
    return of(task.getExecution());
  }
}
