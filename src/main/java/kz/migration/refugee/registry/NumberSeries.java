package kz.migration.refugee.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gap-free counter per series and year (case numbers, certificate numbers), taken under a row lock. */
@Entity
@Table(name = "number_series")
class NumberSeries {

  @Id
  private String seriesKey;
  private long lastValue;

  protected NumberSeries() {}

  NumberSeries(String seriesKey) {
    this.seriesKey = seriesKey;
  }

  long next() {
    return ++lastValue;
  }

  long last() {
    return lastValue;
  }

  /** The caller handed out {@code value}, the free number it found from {@link #last()} on (case numbers). */
  void handedOut(long value) {
    lastValue = value;
  }
}
