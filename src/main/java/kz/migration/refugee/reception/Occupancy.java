package kz.migration.refugee.reception;

import java.time.LocalDate;
import java.util.List;

/** The centres' occupancy on a day: per centre its places, persons present, places free and families present. */
public record Occupancy(LocalDate date, List<Centre> centres) {

  public record Centre(long centreId, String name, int places, long occupied, long free, long families) {}
}
