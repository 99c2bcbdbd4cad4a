package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, the error paths leave no personal data in the log: rejected input (also a NUL byte, which the
 * database would refuse), a forged login name, and a database constraint violation on a person row, whose
 * server detail ({@code Key (document_number)=(...)}) the driver would otherwise put into every logged
 * exception. The test adds a unique index on document numbers of its own rows to provoke the violation.
 */
@PostgresTest
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLoggingPostgresTest {

  private static final String SURNAME = "Кабулова";
  private static final String GIVEN_NAME = "Зарина";
  private static final String BORN = "1988-02-02";
  /** New on every run: the rows of the first petition stay in the database. */
  private static final String PASSPORT = "LOGTEST-" + (1_000_000 + System.nanoTime() % 9_000_000);
  /** As the register stores it (normalised: no spaces or hyphens), and as the database would quote it. */
  private static final String STORED = PASSPORT.replace("-", "");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void dropIndex() {
    jdbc.execute("drop index if exists ux_logtest_person_document");
  }

  @Test
  void errorPathsLogNoNamesBirthDatesOrDocumentNumbers(CapturedOutput output) throws Exception {
    jdbc.execute("create unique index ux_logtest_person_document on person (document_number)"
        + " where document_number = '" + STORED + "'");
    String arrival = LocalDate.now().minusDays(1).toString();

    assertThat(file(petition(arrival, SURNAME, "ZZ")).statusCode()).as("rejected input").isEqualTo(400);
    var nul = file(petition(arrival, SURNAME + "\\u0000", "AF"));
    assertThat(nul.statusCode()).as("a NUL byte").isEqualTo(400);
    assertThat(nul.body()).contains("members[0].surname").doesNotContain(SURNAME);
    assertThat(login("visitor\r\nforged line").statusCode()).isEqualTo(401);

    assertThat(file(petition(arrival, SURNAME, "AF")).statusCode()).isEqualTo(201);
    var violation = file(petition(arrival, SURNAME, "AF"));
    assertThat(violation.statusCode()).as("the second person row with the same document").isEqualTo(409);
    assertThat(violation.body()).doesNotContain(SURNAME, PASSPORT, STORED);

    assertThat(output.getAll()).contains("ux_logtest_person_document", "visitor\\u000d\\u000aforged line")
        .doesNotContain(SURNAME, GIVEN_NAME, BORN, PASSPORT, STORED);
  }

  private HttpResponse<String> file(String json) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/petitions"))
        .header("Authorization", basic("caseworker", "demo")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> login(String user) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rechecks/runs"))
        .header("Authorization", basic(user, "x")).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String petition(String arrival, String surname, String citizenship) {
    return """
        {"arrivalDate": "%s", "filingDate": "%s", "language": "ru", "address": "Алматы",
         "members": [{"role": "head", "surname": "%s", "givenName": "%s", "dateOfBirth": "%s", "sex": "female",
           "citizenship": "%s", "documentType": "passport", "documentNumber": "%s"}]}
        """.formatted(arrival, arrival, surname, GIVEN_NAME, BORN, citizenship, PASSPORT);
  }
}
