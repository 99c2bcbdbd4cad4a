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

  /** A number taken outside the counter (an imported case) is never handed out again. */
  void passed(long value) {
    lastValue = Math.max(lastValue, value);
  }
}
