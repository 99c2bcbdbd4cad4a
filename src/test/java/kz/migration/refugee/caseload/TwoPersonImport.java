package kz.migration.refugee.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A caseload file entered as the office does it: submitted by {@code admin}, confirmed by {@code manager}. */
public final class TwoPersonImport {

  private TwoPersonImport() {}

  /** The confirmation's answer, or the submission's when the file was refused. */
  public static ResponseEntity<String> importCsv(TestRestTemplate http, byte[] csv) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv; charset=UTF-8"));
    ResponseEntity<String> submitted = http.withBasicAuth("admin", "demo").postForEntity("/api/import/caseload",
        new HttpEntity<>(csv, headers), String.class);
    if (submitted.getStatusCode() != HttpStatus.ACCEPTED) {
      return submitted;
    }
    long id;
    try {
      id = new ObjectMapper().readTree(submitted.getBody()).get("id").asLong();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    ResponseEntity<String> confirmed = http.withBasicAuth("manager", "demo")
        .postForEntity("/api/import/caseload/" + id + "/confirmation", null, String.class);
    assertThat(confirmed.getStatusCode()).as(confirmed.getBody()).isEqualTo(HttpStatus.OK);
    return confirmed;
  }
}
