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
  void everyCyrillicSpellingHasTheKeyOfItsPassportSpelling() {
    String letters = "бвгджзклмнпрстфхцчшщаио";
    String[] icao = {"b", "v", "g", "d", "zh", "z", "k", "l", "m", "n", "p", "r", "s", "t", "f", "kh", "ts", "ch", "sh",
        "shch", "a", "i", "o"};
    int n = letters.length();
    for (int i = 0; i < n * n * n; i++) {
      int a = i / (n * n);
      int b = i / n % n;
      int c = i % n;
      String cyrillic = "" + letters.charAt(a) + letters.charAt(b) + letters.charAt(c);
      assertThat(NameKey.of(icao[a] + icao[b] + icao[c])).as(cyrillic).isEqualTo(NameKey.of(cyrillic));
    }
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
