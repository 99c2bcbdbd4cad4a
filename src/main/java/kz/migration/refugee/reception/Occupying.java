package kz.migration.refugee.reception;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/** Places counted per person present on a day. */
final class Occupying {

  private Occupying() {}

  /**
   * The most persons present on any day from {@code from} on: an open-ended placement needs its place on every later
   * day too, including those on which placements booked ahead begin. Occupancy only rises on such a day.
   */
  static int peak(Collection<Placement> occupying, LocalDate from) {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(from);
    occupying.stream().map(Placement::getPlacedOn).filter(d -> d.isAfter(from)).forEach(days::add);
    int peak = 0;
    for (LocalDate day : days) {
      peak = Math.max(peak, (int) occupying.stream().filter(p -> p.presentOn(day)).count());
    }
    return peak;
  }
}
