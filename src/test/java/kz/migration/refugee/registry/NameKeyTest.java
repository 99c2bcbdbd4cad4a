package kz.migration.refugee.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void transliterationsOfOneNameShareAKey() {
    assertThat(NameKey.of("Mohammad")).isEqualTo("mhmd")
        .isEqualTo(NameKey.of("Muhammad"))
        .isEqualTo(NameKey.of("Мухаммад"))
        .isEqualTo(NameKey.of("Мохаммед"))
        .isEqualTo(NameKey.of("محمد"));
    assertThat(NameKey.of("Ahmadi")).isEqualTo(NameKey.of("Ахмади")).isEqualTo(NameKey.of("احمدی"));
    assertThat(NameKey.of("Hakimi")).isEqualTo(NameKey.of("Хакими"));
  }

  @Test
  void aPassportsShchAndAnOlderShMatchTheCyrillicLetter() {
    assertThat(NameKey.of("Shchukin")).isEqualTo(NameKey.of("Щукин")).isEqualTo(NameKey.of("Shukin"));
    assertThat(NameKey.of("Khrushchev")).isEqualTo(NameKey.of("Хрущёв"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(NameKey.of("Карим")).isNotEqualTo(NameKey.of("Рахим"));
    assertThat(NameKey.of("Фатима")).isNotEqualTo(NameKey.of("Марьям"));
  }

  @Test
  void searchableNamesAreLowerCasedInTheirOwnScript() {
    assertThat(NameKey.searchable("Ахмади", "Мохаммад", null)).isEqualTo("ахмади мохаммад");
    assertThat(NameKey.searchable("AHMADI", " Zainab ")).isEqualTo("ahmadi zainab");
  }
}
