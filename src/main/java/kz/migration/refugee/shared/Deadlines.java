package kz.migration.refugee.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/** A deadline is kept if the step is done on its due date: the timer fires at the start of the next day. */
public final class Deadlines {

  private Deadlines() {}

  public static Date overdueAt(LocalDate dueOn) {
    return Date.from(dueOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** A task's due date: the last second of its due day, so that Tasklist shows the day itself, not the next one. */
  public static Date dueBy(LocalDate dueOn) {
    return Date.from(dueOn.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
  }
}
