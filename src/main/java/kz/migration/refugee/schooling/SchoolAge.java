package kz.migration.refugee.schooling;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * School age on a day: the age in whole years on 1 September of the school year, the latest 1 September on or before
 * the day (on 31 August 2026 the school year is 2025/26, from 1 September 2025), between the configured ages inclusive.
 *
 * @param schoolYearFrom 1 September of the school year
 * @param bornAfter the school-age children were born after this day ({@code ageTo + 1} years before the school year)
 * @param bornBy ... and on or before this one ({@code ageFrom} years before the school year)
 */
public record SchoolAge(LocalDate schoolYearFrom, LocalDate bornAfter, LocalDate bornBy) {

  private static final MonthDay FIRST_SEPTEMBER = MonthDay.of(9, 1);

  static SchoolAge on(LocalDate day, int ageFrom, int ageTo) {
    LocalDate start = FIRST_SEPTEMBER.atYear(day.getYear());
    if (start.isAfter(day)) {
      start = start.minusYears(1);
    }
    return new SchoolAge(start, start.minusYears(ageTo + 1L), start.minusYears(ageFrom));
  }

  boolean includes(LocalDate born) {
    return born != null && born.isAfter(bornAfter) && !born.isAfter(bornBy);
  }

  /** Whole years of age on 1 September of the school year. */
  int ageOf(LocalDate born) {
    return Period.between(born, schoolYearFrom).getYears();
  }
}
