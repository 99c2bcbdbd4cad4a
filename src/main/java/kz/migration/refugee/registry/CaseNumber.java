package kz.migration.refugee.registry;

import java.util.regex.Pattern;

/** Human-readable, unique number of a family case: {@code RS-<year>-<six digits>}. */
public record CaseNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("RS-\\d{4}-\\d{6}");
  /** The last number of a year's series: the format has six digits. */
  static final long MAX_SERIAL = 999_999;

  public CaseNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("case number must look like RS-2026-000123");
    }
  }

  static CaseNumber of(int year, long serial) {
    return new CaseNumber("RS-%04d-%06d".formatted(year, serial));
  }

  public int year() {
    return Integer.parseInt(value.substring(3, 7));
  }

  long serial() {
    return Long.parseLong(value.substring(8));
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
