package kz.migration.refugee.shared;

import java.util.List;
import java.util.Objects;

/**
 * A CSV export as a controller returns it: the rows (the first being the header), downloaded as
 * {@code <name>.csv}. Written by {@link CsvTableConverter}.
 */
public record CsvTable(String name, List<? extends List<?>> rows) {

  public CsvTable {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
  }
}
