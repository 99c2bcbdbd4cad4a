package kz.migration.refugee.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** A deadline is kept if the step is done on its due date: the timer fires at the start of the next day. */
public final class Deadlines {

  private Deadlines() {}

  public static Date overdueAt(LocalDate dueOn) {
    return Date.from(dueOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
