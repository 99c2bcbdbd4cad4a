package kz.migration.refugee.registry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The family case a process works on, from the data bank by the process's business key (the case number, which
 * no client can change), never from a process variable a client might have written. The listeners and delegates of
 * one engine command ask for it several times; {@link CaseIds} answers all but the first.
 */
@Component
public class ProcessCases {

  private final CaseSearch caseSearch;

  ProcessCases(CaseSearch caseSearch) {
    this.caseSearch = caseSearch;
  }

  public long caseOf(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber == null || !CaseNumber.isValid(caseNumber)) {
      throw new IllegalStateException("process instance without a case number as business key");
    }
    return caseSearch.caseId(new CaseNumber(caseNumber));
  }

  public long caseOf(DelegateTask task) {
    return caseOf(task.getExecution());
  }
}
