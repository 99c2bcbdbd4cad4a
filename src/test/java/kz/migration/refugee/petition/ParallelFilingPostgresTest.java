package kz.migration.refugee.petition;

import kz.migration.refugee.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same petition sent several times at once (a double click, a client's retry): one case is registered for the
 * identity document, whatever the timing; with an {@code Idempotency-Key} every request gets the first answer.
 * On PostgreSQL, where the requests really run in parallel.
 */
@PostgresTest
@ApplicationTest
class ParallelFilingPostgresTest {

  private static final int PARALLEL = 8;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Test
  void identicalFilingsAtOnceRegisterOneCaseAndTheOthersAreToldWhy() throws Exception {
    Map<String, Object> petition = CaseSteps.family();

    List<HttpResponse<String>> answers = fileAtOnce(petition, null);

    Map<Integer, Integer> tally = tally(answers);
    System.out.printf("%d identical filings at once, no key: status tally %s%n", PARALLEL, tally);
    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(201, 409));
    List<JsonNode> registered = bodies(answers, 201).stream().filter(b -> !b.get("duplicateReview").asBoolean()).toList();
    assertThat(registered).as("registered").hasSize(1);
    // a request that began after the winner committed sees it, and goes to duplicate review instead
    assertThat(bodies(answers, 201).size() - 1 + tally.getOrDefault(409, 0)).isEqualTo(PARALLEL - 1);
    answers.stream().filter(a -> a.statusCode() == 409).forEach(a ->
        assertThat(a.body()).contains("urn:problem:conflict", registered.get(0).get("caseNumber").asText())
            .doesNotContain(document(petition)));
    assertThat(openCasesHolding(document(petition))).isEqualTo(1);
  }

  @Test
  void filingsAtOnceWithOneIdempotencyKeyAllGetTheFirstAnswerAndFileOnce() throws Exception {
    Map<String, Object> petition = CaseSteps.family();
    String key = UUID.randomUUID().toString();

    List<HttpResponse<String>> answers = fileAtOnce(petition, key);

    System.out.printf("%d identical filings at once, one Idempotency-Key: status tally %s%n", PARALLEL, tally(answers));
    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
    List<JsonNode> bodies = bodies(answers, 201);
    assertThat(bodies).allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)));
    assertThat(bodies.get(0).get("duplicateReview").asBoolean()).isFalse();
    assertThat(jdbc.queryForObject("""
        select count(distinct p.case_id) from person p where p.document_number = ?""", Long.class, document(petition)))
        .as("cases taken in, duplicate reviews included").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from petition_request where idempotency_key = ?", Long.class, key))
        .isEqualTo(1);
  }

  @Test
  void theDatabaseItselfRefusesASecondOpenCaseForOneDocument() throws Exception {
    Map<String, Object> first = CaseSteps.family();
    Map<String, Object> second = CaseSteps.family();
    assertThat(fileAtOnce(first, null, 1).get(0).statusCode()).isEqualTo(201);
    assertThat(fileAtOnce(second, null, 1).get(0).statusCode()).isEqualTo(201);

    assertThatThrownBy(() -> jdbc.update("update person set open_document = ? where document_number = ?",
        document(first), document(second))).isInstanceOf(DataIntegrityViolationException.class);
  }

  private List<HttpResponse<String>> fileAtOnce(Map<String, Object> petition, String key) throws Exception {
    return fileAtOnce(petition, key, PARALLEL);
  }

  /** Sends the same body from {@code n} threads released together, each on its own connection. */
  private List<HttpResponse<String>> fileAtOnce(Map<String, Object> petition, String key, int n) throws Exception {
    String body = json.writeValueAsString(petition);
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          HttpClient client = HttpClient.newHttpClient();
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/petitions"))
              .header("Content-Type", "application/json")
              .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("caseworker:demo".getBytes()))
              .POST(HttpRequest.BodyPublishers.ofString(body));
          if (key != null) {
            request.header("Idempotency-Key", key);
          }
          start.await();
          return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }));
      }
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<JsonNode> bodies(List<HttpResponse<String>> answers, int status) {
    List<JsonNode> bodies = new ArrayList<>();
    for (HttpResponse<String> a : answers) {
      if (a.statusCode() == status) {
        try {
          bodies.add(json.readTree(a.body()));
        } catch (Exception e) {
          throw new AssertionError(a.body(), e);
        }
      }
    }
    return bodies;
  }

  private static Map<Integer, Integer> tally(List<HttpResponse<String>> answers) {
    Map<Integer, Integer> tally = new TreeMap<>();
    answers.forEach(a -> tally.merge(a.statusCode(), 1, Integer::sum));
    return tally;
  }

  /** Registered (not merely taken in for duplicate review) cases with a member holding this document. */
  private long openCasesHolding(String document) {
    return jdbc.queryForObject("""
        select count(distinct c.id) from family_case c join person p on p.case_id = c.id
        where p.document_number = ? and c.status not in ('INTAKE', 'MERGED', 'CLOSED', 'DEREGISTERED')""",
        Long.class, document);
  }

  @SuppressWarnings("unchecked")
  private static String document(Map<String, Object> petition) {
    return (String) ((List<Map<String, Object>>) petition.get("members")).get(0).get("documentNumber");
  }
}
