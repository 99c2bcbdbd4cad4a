package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The product's Russian locale of each Camunda webapp covers every label of the webjar's English locale, with
 * the same {{placeholders}}: a label missing from ru.json would show as its raw key (Russian is the fallback).
 * Run after a Camunda upgrade to see the new labels.
 */
class WebappLocalesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void russianCoversEveryEnglishLabel(String webapp) throws Exception {
    JsonNode en = read(APP + webapp + "/locales/en.json").get("labels");
    JsonNode ru = read(APP + webapp + "/locales/ru.json").get("labels");
    List<String> missing = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    en.fieldNames().forEachRemaining(key -> {
      if (!ru.has(key)) {
        missing.add(key);
      } else if (!placeholders(en.get(key).asText()).equals(placeholders(ru.get(key).asText()))) {
        placeholders.add(key);
      }
    });
    assertThat(missing).as("labels of the %s webapp missing from ru.json", webapp).isEmpty();
    assertThat(placeholders).as("labels whose placeholders differ from English").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theProductsConfigurationChoosesTheLocale(String webapp) throws Exception {
    String config = text(APP + webapp + "/scripts/config.js");
    assertThat(config).contains("availableLocales: [locale]", "fallbackLocale: locale", "'en' ? 'en' : 'ru'");
    if (webapp.equals("cockpit") || webapp.equals("tasklist") || webapp.equals("admin")) {
      assertThat(read(APP + webapp + "/locales/ru.json").get("dateLocales").get("weekdays").get(1).asText())
          .isEqualTo("понедельник");
    }
  }

  private TreeSet<String> placeholders(String label) {
    var names = new TreeSet<String>();
    PLACEHOLDER.matcher(label).results().forEach(match -> names.add(match.group(1)));
    return names;
  }

  private JsonNode read(String resource) throws Exception {
    return json.readTree(text(resource));
  }

  /** The application's copy when there is one (it comes first on the classpath), else the webjar's. */
  private String text(String resource) throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
