package kz.migration.refugee.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.migration.refugee.OwnContext;
import kz.migration.refugee.registry.DeregistrationReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * The programme's own caseload for Almaty, imported, gives back the programme's published figures through the
 * statistics API — and, figure by figure, what the file itself says.
 */
// own context: the statistics count the whole register, which must hold the programme's file alone (own database)
@OwnContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:almaty;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlmatyCaseloadTest {

  private static final String FILE = "/caseload/almaty-2000.csv";

  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();
  private List<Map<String, String>> rows;

  @BeforeAll
  void importTheProgrammesCaseload() throws IOException {
    byte[] csv;
    try (InputStream in = getClass().getResourceAsStream(FILE)) {
      csv = in.readAllBytes();
    }
    rows = parse(new String(csv, StandardCharsets.UTF_8));
    var answer = TwoPersonImport.importCsv(http, csv);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void recognisedRefugeesOnTheFirstOfJanuary2001AreThe754OfTheProgrammeWithItsEthnicSplit() throws IOException {
    JsonNode refugees = get("/api/statistics/refugees?date=2001-01-01");

    assertThat(refugees.get("persons").asInt()).isEqualTo(754);
    assertThat(split(refugees.get("byEthnicity"))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "таджики", "488 64.7", "пуштуны", "106 14.1", "хазарейцы", "47 6.2", "узбеки", "45 6.0", "прочие", "68 9.0"));
    assertThat(split(refugees.get("byCitizenship")).get("AF")).isEqualTo("747 99.1");
  }

  @Test
  void in2000108FamiliesOf146PersonsWereRefusedAnd175FamiliesOf308PersonsDeregistered57Of116PreviouslyRecognised()
      throws IOException {
    JsonNode petitions = get("/api/statistics/petitions?from=2000-01-01&to=2000-12-31");
    assertThat(pair(petitions.get("refused"))).isEqualTo("108 146");

    JsonNode deregistrations = get("/api/statistics/deregistrations?from=2000-01-01&to=2000-12-31");
    assertThat(pair(deregistrations.get("total"))).isEqualTo("175 308");
    assertThat(pair(deregistrations.get("previouslyRecognised"))).isEqualTo("57 116");
  }

  @Test
  void everyFigureEqualsWhatTheFileItselfSays() throws IOException {
    LocalDate from = LocalDate.of(2000, 1, 1);
    LocalDate to = LocalDate.of(2000, 12, 31);
    LocalDate on = LocalDate.of(2001, 1, 1);

    JsonNode refugees = get("/api/statistics/refugees?date=" + on);
    List<Map<String, String>> recognised = rows.stream().filter(r -> r.get("decision").equals("granted")
        && !date(r, "decision_date").isAfter(on) && (blank(r, "deregistration_date") || date(r, "deregistration_date").isAfter(on)))
        .toList();
    assertThat(pair(refugees)).isEqualTo(families(recognised) + " " + recognised.size());

    JsonNode petitions = get("/api/statistics/petitions?from=" + from + "&to=" + to);
    assertThat(pair(petitions.get("received"))).isEqualTo(count(r -> inPeriod(date(r, "petition_date"), from, to)));
    assertThat(pair(petitions.get("granted"))).isEqualTo(count(r -> r.get("decision").equals("granted")
        && inPeriod(date(r, "decision_date"), from, to)));
    assertThat(pair(petitions.get("refused"))).isEqualTo(count(r -> r.get("decision").equals("refused")
        && inPeriod(date(r, "decision_date"), from, to)));

    JsonNode deregistrations = get("/api/statistics/deregistrations?from=" + from + "&to=" + to);
    assertThat(pair(deregistrations.get("total"))).isEqualTo(count(r -> !blank(r, "deregistration_date")
        && inPeriod(date(r, "deregistration_date"), from, to)));
    Map<String, String> byReason = new TreeMap<>();
    deregistrations.get("byReason").forEach(x -> byReason.put(x.get("key").asText(), pair(x)));
    Map<String, String> expected = new TreeMap<>();
    // every reason of the register, as the statistics list them
    for (String reason : Arrays.stream(DeregistrationReason.values()).map(DeregistrationReason::code).toList()) {
      String figures = count(r -> reason.equals(r.get("deregistration_reason")) && inPeriod(date(r, "deregistration_date"), from, to));
      if (!figures.equals("0 0") || byReason.containsKey(reason)) {
        expected.put(reason, figures);
      }
    }
    assertThat(byReason).isEqualTo(expected);
  }

  private String count(java.util.function.Predicate<Map<String, String>> which) {
    List<Map<String, String>> matching = rows.stream().filter(r -> {
      try {
        return which.test(r);
      } catch (RuntimeException e) {
        return false;
      }
    }).toList();
    return families(matching) + " " + matching.size();
  }

  private static int families(List<Map<String, String>> rows) {
    Set<String> cases = new HashSet<>();
    rows.forEach(r -> cases.add(r.get("case_number")));
    return cases.size();
  }

  private static boolean inPeriod(LocalDate date, LocalDate from, LocalDate to) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  private static boolean blank(Map<String, String> row, String column) {
    return row.get(column).isEmpty();
  }

  private static LocalDate date(Map<String, String> row, String column) {
    return LocalDate.parse(row.get(column));
  }

  private static String pair(JsonNode figures) {
    return figures.get("families").asInt() + " " + figures.get("persons").asInt();
  }

  private static Map<String, String> split(JsonNode entries) {
    Map<String, String> split = new HashMap<>();
    entries.forEach(e -> split.put(e.get("key").asText(),
        e.get("persons").asInt() + " " + String.format(java.util.Locale.ROOT, "%.1f", e.get("percent").asDouble())));
    return split;
  }

  private JsonNode get(String path) throws IOException {
    var answer = http.withBasicAuth("manager", "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  /** The example file has no quoted fields: a plain split reads it. */
  private static List<Map<String, String>> parse(String csv) {
    String[] lines = csv.split("\n");
    String[] header = lines[0].split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }
}
