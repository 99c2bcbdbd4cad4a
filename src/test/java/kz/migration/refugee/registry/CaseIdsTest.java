package kz.migration.refugee.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.function.ToLongFunction;
import kz.migration.refugee.shared.NotFoundException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A case's id by its number: asked of the data bank once per transaction, and not again on the node once that
 * transaction has committed; an answer of a transaction rolled back is not kept, as its number may go to another case.
 */
class CaseIdsTest {

  private static final CaseNumber FIRST = new CaseNumber("RS-2026-000001");
  private static final CaseNumber SECOND = new CaseNumber("RS-2026-000002");
  private static final CaseNumber THIRD = new CaseNumber("RS-2026-000003");

  @SuppressWarnings("unchecked")
  private final ToLongFunction<CaseNumber> dataBank = mock(ToLongFunction.class);

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void withinOneTransactionEachNumberIsAskedOnceAndAfterItsCommitNeverAgain() {
    CaseIds ids = new CaseIds(10);
    registered(FIRST, 11);
    registered(SECOND, 12);

    begin();
    assertThat(ids.of(FIRST, dataBank)).isEqualTo(11);
    assertThat(ids.of(SECOND, dataBank)).isEqualTo(12);
    assertThat(ids.of(FIRST, dataBank)).isEqualTo(11);
    end(TransactionSynchronization.STATUS_COMMITTED);
    begin();
    assertThat(ids.of(FIRST, dataBank)).isEqualTo(11);
    end(TransactionSynchronization.STATUS_COMMITTED);
    assertThat(ids.of(SECOND, dataBank)).isEqualTo(12);

    verify(dataBank, times(1)).applyAsLong(FIRST);
    verify(dataBank, times(1)).applyAsLong(SECOND);
  }

  @Test
  void aNumberReadInATransactionRolledBackIsAskedAgainAndMayHoldAnotherCase() {
    CaseIds ids = new CaseIds(10);
    registered(FIRST, 11);
    begin();
    assertThat(ids.of(FIRST, dataBank)).isEqualTo(11);
    end(TransactionSynchronization.STATUS_ROLLED_BACK);

    // the registration rolled back gave the number back to the series; the next registration got it
    registered(FIRST, 21);
    begin();
    assertThat(ids.of(FIRST, dataBank)).isEqualTo(21);
    end(TransactionSynchronization.STATUS_COMMITTED);
    assertThat(ids.of(FIRST, dataBank)).isEqualTo(21);
    verify(dataBank, times(2)).applyAsLong(FIRST);
  }

  @Test
  void theNodeKeepsTheMostRecentlyUsedNumbersUpToItsLimit() {
    CaseIds ids = new CaseIds(2);
    registered(FIRST, 11);
    registered(SECOND, 12);
    registered(THIRD, 13);
    ids.of(FIRST, dataBank);
    ids.of(SECOND, dataBank);
    ids.of(FIRST, dataBank);
    ids.of(THIRD, dataBank);

    // FIRST was used after SECOND: SECOND made way for THIRD
    ids.of(FIRST, dataBank);
    ids.of(THIRD, dataBank);
    ids.of(SECOND, dataBank);
    verify(dataBank, times(1)).applyAsLong(FIRST);
    verify(dataBank, times(2)).applyAsLong(SECOND);
    verify(dataBank, times(1)).applyAsLong(THIRD);

    CaseIds none = new CaseIds(0);
    none.of(FIRST, dataBank);
    none.of(FIRST, dataBank);
    verify(dataBank, times(3)).applyAsLong(FIRST);
  }

  @Test
  void aNumberNotOnTheRegisterIsNotRemembered() {
    CaseIds ids = new CaseIds(10);
    when(dataBank.applyAsLong(FIRST)).thenThrow(new NotFoundException("case", FIRST));
    begin();
    assertThatThrownBy(() -> ids.of(FIRST, dataBank)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ids.of(FIRST, dataBank)).isInstanceOf(NotFoundException.class);
    end(TransactionSynchronization.STATUS_COMMITTED);
    verify(dataBank, times(2)).applyAsLong(FIRST);
  }

  @Test
  void aProcessWithoutACaseNumberHasNoCase() {
    ProcessCases cases = new ProcessCases(mock(CaseSearch.class));
    DelegateExecution intake = mock(DelegateExecution.class);
    assertThatThrownBy(() -> cases.caseOf(intake)).isInstanceOf(IllegalStateException.class);
    when(intake.getProcessBusinessKey()).thenReturn("not a number");
    assertThatThrownBy(() -> cases.caseOf(intake)).isInstanceOf(IllegalStateException.class);
  }

  private void registered(CaseNumber number, long caseId) {
    when(dataBank.applyAsLong(number)).thenReturn(caseId);
  }

  private static void begin() {
    TransactionSynchronizationManager.initSynchronization();
  }

  /** Ends the transaction as the transaction manager does: after a commit, afterCommit first. */
  private static void end(int status) {
    var synchronizations = TransactionSynchronizationManager.getSynchronizations();
    if (status == TransactionSynchronization.STATUS_COMMITTED) {
      synchronizations.forEach(TransactionSynchronization::afterCommit);
    }
    synchronizations.forEach(s -> s.afterCompletion(status));
    TransactionSynchronizationManager.clearSynchronization();
  }
}
