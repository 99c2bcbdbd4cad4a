package kz.migration.refugee.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** On PostgreSQL the files are kept as bytea, hashed and read back byte for byte; notes likewise. */
@ApplicationTest
@PostgresTest
class EvidencePostgresTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void attachmentsAreStoredAsByteaWithTheirHashAndReadBack() throws Exception {
    String caseNumber = new CaseSteps(http, runtime, tasks, management, identity).file(CaseSteps.family());
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(EvidenceTest.JPEG) {
      @Override
      public String getFilename() {
        return "справка.jpg";
      }
    });
    body.add("type", "certificate");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> answer = http.withBasicAuth("caseworker", "demo")
        .postForEntity("/api/cases/" + caseNumber + "/attachments", new HttpEntity<>(body, headers), String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = new ObjectMapper().readTree(answer.getBody());
    long id = created.get("id").asLong();

    assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
        + "where table_name = 'attachment_content' and column_name = 'content'", String.class)).isEqualTo("bytea");
    var row = jdbc.queryForMap("select a.sha256, a.size_bytes, c.content, encode(sha256(c.content), 'hex') as db_hash "
        + "from attachment a join attachment_content c on c.attachment_id = a.id where a.id = ?", id);
    assertThat(row.get("sha256")).isEqualTo(EvidenceTest.sha256(EvidenceTest.JPEG)).isEqualTo(row.get("db_hash"));
    assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(EvidenceTest.JPEG.length);
    assertThat((byte[]) row.get("content")).isEqualTo(EvidenceTest.JPEG);

    ResponseEntity<byte[]> file = http.withBasicAuth("manager", "demo")
        .getForEntity("/api/cases/" + caseNumber + "/attachments/" + id, byte[].class);
    assertThat(file.getBody()).isEqualTo(EvidenceTest.JPEG);
    assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);

    ResponseEntity<String> note = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/" + caseNumber + "/notes", Map.of("text", "Справка получена по почте."), String.class);
    assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }
}
