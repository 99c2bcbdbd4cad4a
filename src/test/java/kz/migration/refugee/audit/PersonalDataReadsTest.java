package kz.migration.refugee.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Who viewed a file: reads through the domain API and a task's form are recorded for auditors. */
@ApplicationTest
class PersonalDataReadsTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void readsOfACaseAndOfItsTaskFormAreRecordedWithTheReaderAndShownToAuditors() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());
    String taskId = steps.task(caseNumber, "Task_InterviewApplicant").getId();

    assertThat(http.withBasicAuth("caseworker2", "demo").getForEntity("/api/registry/cases/" + caseNumber, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("manager", "demo").getForEntity("/engine-rest/task/" + taskId + "/form-variables",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("caseworker2", "demo").getForEntity("/api/cases/RS-1999-999999/decisions", String.class)
        .getStatusCode()).as("a failed read is not a read").isEqualTo(HttpStatus.NOT_FOUND);

    var answer = http.withBasicAuth("auditor", "demo").getForEntity("/api/audit/reads?caseNumber=" + caseNumber, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode reads = json.readTree(answer.getBody());
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).get("userId").asText()).isEqualTo("manager");
    assertThat(reads.get(0).get("what").asText()).isEqualTo("task form");
    assertThat(reads.get(1).get("userId").asText()).isEqualTo("caseworker2");
    assertThat(reads.get(1).get("what").asText()).isEqualTo("GET /api/registry/cases/{caseNumber}");
    assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/audit/reads", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aTaskFormReadUnderAnotherSpellingOfItsPathIsRecordedAllTheSame() throws Exception {
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());
    String taskId = steps.task(caseNumber, "Task_InterviewApplicant").getId();

    for (String path : new String[] {"/engine-rest/engine/default/task/" + taskId + "/form-variables",
        "/engine-rest/task/" + taskId + "/form-variables/"}) {
      assertThat(http.withBasicAuth("manager", "demo").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.OK);
    }

    JsonNode reads = json.readTree(http.withBasicAuth("auditor", "demo")
        .getForEntity("/api/audit/reads?caseNumber=" + caseNumber, String.class).getBody());
    assertThat(reads).hasSize(2);
    reads.forEach(read -> assertThat(read.get("what").asText()).isEqualTo("task form"));
  }
}
