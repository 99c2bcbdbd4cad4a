package kz.migration.refugee.registry;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

  /** The key of this transaction's case numbers already looked up, among the transaction's resources. */
  private static final Object KNOWN = new Object();

  private final CaseSearch caseSearch;

  ProcessCases(CaseSearch caseSearch) {
    this.caseSearch = caseSearch;
  }

  public long caseOf(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber == null || !CaseNumber.isValid(caseNumber)) {
      throw new IllegalStateException("process instance without a case number as business key");
    }
    Map<String, Long> known = known();
    Long caseId = known == null ? null : known.get(caseNumber);
    if (caseId == null) {
      caseId = caseSearch.summary(new CaseNumber(caseNumber)).caseId();
      if (known != null) {
        known.put(caseNumber, caseId);
      }
    }
    return caseId;
  }

  public long caseOf(DelegateTask task) {
    return caseOf(task.getExecution());
  }

  /** The case numbers this transaction has looked up, with their cases; null outside a transaction. */
  @SuppressWarnings("unchecked")
  private static Map<String, Long> known() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, Long> known = (Map<String, Long>) TransactionSynchronizationManager.getResource(KNOWN);
    if (known == null) {
      Map<String, Long> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(KNOWN, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResource(KNOWN);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(KNOWN, fresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(KNOWN);
        }
      });
      known = fresh;
    }
    return known;
  }
}
