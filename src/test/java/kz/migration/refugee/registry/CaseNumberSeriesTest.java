package kz.migration.refugee.registry;

import kz.migration.refugee.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A year's case numbers keep coming, as RS-YYYY-NNNNNN, whatever numbers a caseload import brought into that year. */
@ApplicationTest
class CaseNumberSeriesTest {

  private static final String HEADER = "case_number,role,surname,given_name,date_of_birth,sex,citizenship,ethnicity,"
      + "arrival_date,petition_date,decision,decision_date,deregistration_date,deregistration_reason\n";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Test
  void numbersImportedIntoThisYearNeitherEndItsSeriesNorAreHandedOutAgain() {
    int year = LocalDate.now().getYear();
    long before = serial(file());
    LocalDate filed = LocalDate.now().minusDays(40);
    String closed = ",head,%s,Навид,1981-01-01,male,AF,,%s,%s,refused,%s,,\n";
    ResponseEntity<String> imported = importCaseload(HEADER
        + "RS-%d-999999".formatted(year) + closed.formatted("Амини", filed, filed, filed.plusDays(20))
        + "RS-%d-%06d".formatted(year, before + 1) + closed.formatted("Фарахи", filed, filed, filed.plusDays(20)));
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);

    assertThat(file()).as("the imported next number is skipped; the imported last one does not end the series")
        .isEqualTo("RS-%d-%06d".formatted(year, before + 2));
    assertThat(file()).isEqualTo("RS-%d-%06d".formatted(year, before + 3));
  }

  /** The data bank as an import of RS-YYYY-999999 left it when imports still moved the counter past their numbers. */
  @Test
  void aCounterAnEarlierImportPushedToTheEndGoesOnFromTheLowestFreeNumber() {
    int year = LocalDate.now().getYear();
    file();
    jdbc.update("update number_series set last_value = 999999 where series_key = ?", "RS-" + year);

    String next = file();

    assertThat(serial(next)).isLessThan(999_999);
    assertThat(jdbc.queryForObject("select count(*) from family_case where case_number = ?", Long.class, next)).isEqualTo(1);
    assertThat(serial(file())).isEqualTo(serial(next) + 1);
  }

  /** Files a one-person petition through the API as a caseworker; its case number. */
  private String file() {
    return new CaseSteps(http, runtime, tasks, null, null).fileOnly(CaseSteps.family());
  }

  private ResponseEntity<String> importCaseload(String csv) {
    return kz.migration.refugee.caseload.TwoPersonImport.importCsv(http, csv.getBytes(StandardCharsets.UTF_8));
  }

  private static long serial(String caseNumber) {
    return Long.parseLong(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
  }
}
