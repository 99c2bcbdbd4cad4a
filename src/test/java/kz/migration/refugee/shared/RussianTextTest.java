package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Counts and ages read as Russian does: 1 год, 3 года, 11 лет, 21 день; countries by their Russian names. */
class RussianTextTest {

  @Test
  void countsTakeTheFormTheirLastDigitsAsk() {
    assertThat(RussianText.plural(1, "день", "дня", "дней")).isEqualTo("день");
    assertThat(RussianText.plural(3, "день", "дня", "дней")).isEqualTo("дня");
    assertThat(RussianText.plural(7, "день", "дня", "дней")).isEqualTo("дней");
    assertThat(RussianText.plural(11, "день", "дня", "дней")).isEqualTo("дней");
    assertThat(RussianText.plural(14, "день", "дня", "дней")).isEqualTo("дней");
    assertThat(RussianText.plural(21, "день", "дня", "дней")).isEqualTo("день");
    assertThat(RussianText.plural(112, "день", "дня", "дней")).isEqualTo("дней");
  }

  @Test
  void agesAndCountriesReadAsACaseworkerWritesThem() {
    LocalDate today = LocalDate.of(2026, 12, 1);
    assertThat(RussianText.age(LocalDate.of(1975, 3, 4), today)).isEqualTo("51 год");
    assertThat(RussianText.age(LocalDate.of(2014, 12, 1), today)).isEqualTo("12 лет");
    assertThat(RussianText.age(LocalDate.of(2023, 1, 1), today)).isEqualTo("3 года");
    assertThat(RussianText.age(LocalDate.of(2026, 6, 1), today)).isEqualTo("до года");
    assertThat(RussianText.country("AF")).isEqualTo("Афганистан (AF)");
    assertThat(RussianText.country("XX")).isEqualTo("XX");
  }
}
