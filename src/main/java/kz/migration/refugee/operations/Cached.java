package kz.migration.refugee.operations;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value counted at most once per interval (the JVM's monotonic time, not the department's clock): gauges read it at
 * every scrape, the database sees the count once.
 */
final class Cached<T> {

  private final Supplier<T> count;
  private final long intervalNanos;
  private T value;
  private long countedAt;

  Cached(Supplier<T> count, Duration interval) {
    this.count = count;
    this.intervalNanos = interval.toNanos();
  }

  synchronized T get() {
    long now = System.nanoTime();
    if (value == null || now - countedAt >= intervalNanos) {
      value = count.get();
      countedAt = now;
    }
    return value;
  }

  /** Counted again at the next read, whatever its age. */
  synchronized void expire() {
    value = null;
  }
}
