package kz.migration.refugee.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import kz.migration.refugee.shared.TransactionMemo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which case holds a number. Every step of a case asks, by its process's business key, and the answer never changes
 * once the case holding the number has committed: no case is deleted and none renumbered. So each node keeps the
 * committed answers (the most recently used, up to {@code refugee.registry.case-ids-kept}) and asks the data bank
 * only for a number it has not seen committed; any node may do so, as nothing another node commits can change an
 * answer kept. An answer read in a transaction is kept for the rest of it, and on the node only once it has
 * committed: a registration rolled back gives its number back to the series, to be given to another case.
 */
@Component
class CaseIds {

  private final Map<String, Long> committed;
  private final TransactionMemo<String, Long> inTransaction = new TransactionMemo<>();

  CaseIds(@Value("${refugee.registry.case-ids-kept}") int kept) {
    if (kept < 0) {
      throw new IllegalArgumentException("refugee.registry.case-ids-kept must not be negative: " + kept);
    }
    this.committed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
        return size() > kept;
      }
    });
  }

  /** The id of the case holding the number, by the lookup only where no answer is known. */
  long of(CaseNumber number, ToLongFunction<CaseNumber> lookup) {
    Long known = committed.get(number.value());
    if (known != null) {
      return known;
    }
    return inTransaction.get(number.value(), n -> {
      long id = lookup.applyAsLong(number);
      keepOnceCommitted(n, id);
      return id;
    });
  }

  private void keepOnceCommitted(String number, long id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      // read outside any transaction: what it saw had committed
      committed.put(number, id);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        committed.put(number, id);
      }
    });
  }
}
