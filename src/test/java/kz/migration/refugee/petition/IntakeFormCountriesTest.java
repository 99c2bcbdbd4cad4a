package kz.migration.refugee.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The start form offers exactly the countries the server accepts: no code the server refuses, none missing. */
class IntakeFormCountriesTest {

  private static final Pattern LIST = Pattern.compile("var COUNTRY_CODES = \\(([^)]*)\\)");
  private static final Pattern PART = Pattern.compile("'([^']*)'");

  @Test
  void theStartFormOffersEveryCountryTheServerKnowsAndNoOther() throws Exception {
    Matcher list = LIST.matcher(Files.readString(Path.of("forms/PetitionFiled.html")));
    assertThat(list.find()).as("the country list of the start form").isTrue();
    StringBuilder codes = new StringBuilder();
    Matcher part = PART.matcher(list.group(1));
    while (part.find()) {
      codes.append(part.group(1));
    }

    assertThat(codes.toString().split(" ")).containsExactlyInAnyOrder(Locale.getISOCountries())
        .allSatisfy(code -> assertThat(code).matches("[A-Z]{2}"));
    assertThat(Arrays.stream(codes.toString().split(" ")).distinct().count()).isEqualTo(Locale.getISOCountries().length);
  }
}
