package kz.migration.refugee.registry;

import kz.migration.refugee.shared.TransactionMemo;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The family case a process works on, from the data bank by the process's business key (the case number, which
 * no client can change), never from a process variable a client might have written.
 * <p>
 * A case's number, once given, stays its own, so within one transaction the case is looked up once per number: the
 * listeners and delegates of one engine command (a task's creation and completion, a registration with its first
 * tasks) ask for the same case several times. Nothing is kept beyond the transaction.
 */
@Component
public class ProcessCases {

  private final CaseSearch caseSearch;
  private final TransactionMemo<String, Long> known = new TransactionMemo<>();

  ProcessCases(CaseSearch caseSearch) {
    this.caseSearch = caseSearch;
  }

  public long caseOf(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber == null || !CaseNumber.isValid(caseNumber)) {
      throw new IllegalStateException("process instance without a case number as business key");
    }
    return known.get(caseNumber, number -> caseSearch.caseId(new CaseNumber(number)));
  }

  public long caseOf(DelegateTask task) {
    return caseOf(task.getExecution());
  }
}
