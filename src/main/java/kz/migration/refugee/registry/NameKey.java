package kz.migration.refugee.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A spelling-tolerant key of a name, so that transliterations from Dari and Pashto match:
 * Mohammad, Muhammad, Мухаммад and محمد all give {@code mhmd}.
 * The name is transliterated to Latin, similar-sounding letters are folded, vowels (and the
 * semi-vowels w/v/y that transliterations render as vowels) dropped and doubled letters collapsed.
 */
final class NameKey {

  private static final Map<Character, String> TO_LATIN = Map.ofEntries(
      // Russian, Kazakh and Tajik Cyrillic
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
      Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
      Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
      Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
      Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
      Map.entry('ш', "sh"), Map.entry('щ', "sh"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
      Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ә', "a"), Map.entry('ғ', "gh"),
      Map.entry('қ', "q"), Map.entry('ң', "n"), Map.entry('ө', "o"), Map.entry('ұ', "u"), Map.entry('ү', "u"),
      Map.entry('һ', "h"), Map.entry('і', "i"), Map.entry('ҷ', "j"), Map.entry('ӣ', "i"), Map.entry('ӯ', "u"),
      Map.entry('ҳ', "h"),
      // Arabic script as written for Dari and Pashto
      Map.entry('ا', "a"), Map.entry('آ', "a"), Map.entry('أ', "a"), Map.entry('إ', "i"), Map.entry('ب', "b"),
      Map.entry('پ', "p"), Map.entry('ت', "t"), Map.entry('ټ', "t"), Map.entry('ث', "s"), Map.entry('ج', "j"),
      Map.entry('چ', "ch"), Map.entry('ح', "h"), Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ډ', "d"),
      Map.entry('ذ', "z"), Map.entry('ر', "r"), Map.entry('ړ', "r"), Map.entry('ز', "z"), Map.entry('ژ', "zh"),
      Map.entry('ږ', "zh"), Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ښ', "sh"), Map.entry('ص', "s"),
      Map.entry('ض', "z"), Map.entry('ط', "t"), Map.entry('ظ', "z"), Map.entry('ع', ""), Map.entry('غ', "gh"),
      Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ک', "k"), Map.entry('ك', "k"), Map.entry('گ', "g"),
      Map.entry('ګ', "g"), Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ڼ', "n"),
      Map.entry('و', "w"), Map.entry('ه', "h"), Map.entry('ة', "h"), Map.entry('ی', "y"), Map.entry('ي', "y"),
      Map.entry('ې', "y"), Map.entry('ۍ', "y"), Map.entry('ئ', "y"), Map.entry('ء', ""));

  private NameKey() {}

  static String of(String name) {
    if (name == null) {
      return "";
    }
    String lower = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    StringBuilder latin = new StringBuilder();
    for (char c : lower.toCharArray()) {
      String mapped = TO_LATIN.get(c);
      if (mapped != null) {
        latin.append(mapped);
      } else if (c >= 'a' && c <= 'z') {
        latin.append(c);
      }
    }
    // щ is "shch" in ICAO 9303 (passports) and "sh" in older transliterations: fold both to one sound, also where
    // "ch" follows (щч, шч), so that a Cyrillic name and its passport spelling keep one key
    String folded = latin.toString()
        .replaceAll("sh(ch)+", "sh").replace("kh", "h").replace("gh", "g").replace("ph", "f").replace("dj", "j")
        .replace('q', 'k').replace('c', 'k').replace('x', 'h')
        .replaceAll("[aeiouyvw]", "");
    StringBuilder key = new StringBuilder();
    for (char c : folded.toCharArray()) {
      if (key.isEmpty() || key.charAt(key.length() - 1) != c) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Lower-cased name for fragment search in the script it was written in. */
  static String searchable(String... parts) {
    StringBuilder s = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        s.append(s.isEmpty() ? "" : " ").append(p.strip().toLowerCase(Locale.ROOT));
      }
    }
    return s.toString();
  }
}
