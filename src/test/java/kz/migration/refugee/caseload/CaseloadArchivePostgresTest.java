package kz.migration.refugee.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Archive-numbered cases on PostgreSQL: numbered from the counter, imported once whatever the case of the archive
 * number's letters, found by a lower-case Cyrillic fragment (the key is the application's, not the collation's).
 */
@ApplicationTest
@PostgresTest
class CaseloadArchivePostgresTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anArchiveNumberedFileImportsOnceAndItsCasesAreFoundByTheirArchiveNumbers() throws Exception {
    String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    String afghan = "7/" + tag + "-АФГ";
    String rest = ",AF,таджики,2002-03-01,2002-03-02,refused,2002-05-01,,\n";
    String csv = String.join(",", CaseloadFile.COLUMNS) + "\n"
        + afghan + ",head,Ахмади,Фарид,1970-01-01,м" + rest
        + afghan + ",spouse,Ахмади,Захра,1972-01-01,Ж" + rest
        + "Б-" + tag + ",head,Носири,Омид,1968-02-02,M" + rest;

    ResponseEntity<String> answer = post(csv);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(answer.getBody()).get("casesImported").asInt()).isEqualTo(2);
    String caseNumber = jdbc.queryForObject("select case_number from family_case where legacy_reference = ?",
        String.class, afghan);
    assertThat(caseNumber).matches("RS-2002-\\d{6}");

    ResponseEntity<String> again = post(csv.replace("АФГ", "афг").replace("Б-", "б-"));
    assertThat(json.readTree(again.getBody()).get("casesImported").asInt()).isZero();
    assertThat(json.readTree(again.getBody()).get("casesSkipped").asInt()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from family_case where legacy_reference_key like ?", Long.class,
        "%" + tag + "%")).isEqualTo(2);

    JsonNode found = json.readTree(http.withBasicAuth("caseworker", "demo")
        .getForEntity("/api/registry/cases?q={q}", String.class, tag + "-афг").getBody());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(found.get(0).get("legacyReference").asText()).isEqualTo(afghan);
  }

  private ResponseEntity<String> post(String csv) {
    return TwoPersonImport.importCsv(http, csv.getBytes(StandardCharsets.UTF_8));
  }
}
