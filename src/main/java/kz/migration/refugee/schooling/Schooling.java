package kz.migration.refugee.schooling;

import java.time.LocalDate;

/**
 * Children of school age on the register on a day, and of them those referred to a school and those enrolled by
 * that day: families and persons side by side, as the programme counts.
 *
 * @param schoolYearFrom 1 September of the school year the ages are counted on
 */
public record Schooling(LocalDate date, LocalDate schoolYearFrom, int ageFrom, int ageTo, Count schoolAge,
    Count referred, Count enrolled) {

  public record Count(long families, long persons) {}
}
