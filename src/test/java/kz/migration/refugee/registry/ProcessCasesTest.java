package kz.migration.refugee.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import kz.migration.refugee.shared.NotFoundException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A process's case, by its business key: looked up once per number within a transaction, again in the next. */
class ProcessCasesTest {

  private static final CaseNumber FIRST = new CaseNumber("RS-2026-000001");
  private static final CaseNumber SECOND = new CaseNumber("RS-2026-000002");

  private final CaseSearch search = mock(CaseSearch.class);
  private final ProcessCases cases = new ProcessCases(search);

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      complete();
    }
  }

  @Test
  void withinOneTransactionEachCaseNumberIsLookedUpOnce() {
    registered(FIRST, 11);
    registered(SECOND, 12);
    TransactionSynchronizationManager.initSynchronization();

    assertThat(cases.caseOf(process(FIRST))).isEqualTo(11);
    assertThat(cases.caseOf(process(SECOND))).isEqualTo(12);
    assertThat(cases.caseOf(process(FIRST))).isEqualTo(11);
    assertThat(cases.caseOf(process(SECOND))).isEqualTo(12);

    verify(search, times(1)).caseId(FIRST);
    verify(search, times(1)).caseId(SECOND);
  }

  @Test
  void theNextTransactionAndCallsOutsideOneLookUpAgain() {
    registered(FIRST, 11);
    TransactionSynchronizationManager.initSynchronization();
    cases.caseOf(process(FIRST));
    complete();

    TransactionSynchronizationManager.initSynchronization();
    cases.caseOf(process(FIRST));
    complete();
    cases.caseOf(process(FIRST));
    cases.caseOf(process(FIRST));

    verify(search, times(4)).caseId(FIRST);
  }

  @Test
  void aCaseNotOnTheRegisterIsNotRememberedAndAProcessWithoutANumberHasNone() {
    when(search.caseId(FIRST)).thenThrow(new NotFoundException("case", FIRST));
    TransactionSynchronizationManager.initSynchronization();

    assertThatThrownBy(() -> cases.caseOf(process(FIRST))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> cases.caseOf(process(FIRST))).isInstanceOf(NotFoundException.class);
    DelegateExecution intake = mock(DelegateExecution.class);
    assertThatThrownBy(() -> cases.caseOf(intake)).isInstanceOf(IllegalStateException.class);
    verify(search, times(2)).caseId(FIRST);
  }

  private void registered(CaseNumber number, long caseId) {
    when(search.caseId(number)).thenReturn(caseId);
  }

  private static DelegateExecution process(CaseNumber number) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn(number.value());
    return execution;
  }

  /** Ends the transaction's synchronization as the transaction manager does after a commit. */
  private static void complete() {
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    TransactionSynchronizationManager.clearSynchronization();
  }
}
