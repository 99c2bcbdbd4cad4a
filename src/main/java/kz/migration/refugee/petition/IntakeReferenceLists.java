package kz.migration.refugee.petition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.needs.SpecificNeed;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The values the start form offers for a person's ethnicity and languages, so that the same group is written the
 * same way (the statistics count by ethnicity: «хазарейцы», not «хазареец» and «хазарейка» apart). A value not
 * on a list is still taken, as «другое» with its own text.
 *
 * @param ethnicities ethnic groups, as the statistics name them (plural)
 * @param languages   languages, as the case file names them
 */
@ConfigurationProperties("refugee.reference")
public record IntakeReferenceLists(
    @DefaultValue({"пуштуны", "таджики", "хазарейцы", "узбеки", "туркмены", "белуджи", "уйгуры", "курды", "арабы"})
    List<String> ethnicities,
    @DefaultValue({"дари", "пушту", "таджикский", "узбекский", "туркменский", "уйгурский", "арабский", "фарси",
        "русский", "казахский", "английский"})
    List<String> languages) {

  public IntakeReferenceLists {
    ethnicities = List.copyOf(ethnicities);
    languages = List.copyOf(languages);
  }

  /** The specific-needs categories the form offers as checkboxes per member: code and Russian label. */
  @JsonProperty("specificNeeds")
  public List<Map<String, String>> specificNeeds() {
    return Arrays.stream(SpecificNeed.values()).map(n -> Map.of("code", n.code(), "label", n.label())).toList();
  }
}
