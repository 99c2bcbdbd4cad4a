package kz.migration.refugee.shared;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/** Counts, ages and countries as a Russian reader expects them, for the pages, forms and filters people read. */
public final class RussianText {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private RussianText() {}

  /** The word for a count: {@code plural(21, "день", "дня", "дней")} is «день», 3 «дня», 11 and 7 «дней». */
  public static String plural(int count, String one, String few, String many) {
    int lastTwo = Math.abs(count) % 100;
    int last = lastTwo % 10;
    if (lastTwo >= 11 && lastTwo <= 14 || last == 0 || last >= 5) {
      return many;
    }
    return last == 1 ? one : few;
  }

  /** «43 года», «1 год», «11 лет», «до года». */
  public static String age(LocalDate born, LocalDate today) {
    int years = Period.between(born, today).getYears();
    return years < 1 ? "до года" : years + " " + plural(years, "год", "года", "лет");
  }

  /** The country's Russian name with its ISO code as recorded, «Афганистан (AF)»; the code alone if unknown. */
  public static String country(String code) {
    String name = new Locale("", code).getDisplayCountry(RUSSIAN);
    return name.isBlank() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
  }
}
