package kz.migration.refugee.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers remembered for the current transaction only: the listeners and delegates of one engine command (a task's
 * creation and completion, a registration with its first tasks) ask the same question of the data bank several
 * times. Nothing is kept beyond the transaction; outside one every question is answered afresh.
 *
 * @param <K> what is asked about
 * @param <V> the answer
 */
public final class TransactionMemo<K, V> {

  /** This memo's key among the transaction's resources. */
  private final Object resource = new Object();

  public V get(K key, Function<K, V> answer) {
    Map<K, V> known = known();
    if (known == null) {
      return answer.apply(key);
    }
    V value = known.get(key);
    if (value == null) {
      value = answer.apply(key);
      known.put(key, value);
    }
    return value;
  }

  /** What the answers depend on was written within the transaction: every question is asked again. */
  public void clear() {
    Map<K, V> known = known();
    if (known != null) {
      known.clear();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, V> known() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(resource);
    if (known == null) {
      Map<K, V> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(resource, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResource(resource);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(resource, fresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(resource);
        }
      });
      known = fresh;
    }
    return known;
  }
}
