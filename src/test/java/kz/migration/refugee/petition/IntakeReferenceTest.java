package kz.migration.refugee.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.migration.refugee.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The start form's lists of ethnic groups and languages come from configuration, for those who file petitions. */
@ApplicationTest
class IntakeReferenceTest {

  @Autowired TestRestTemplate http;
  @Autowired IntakeReferenceLists configured;

  @Test
  void caseworkersReadTheConfiguredListsOthersDoNot() throws Exception {
    var answer = http.withBasicAuth("caseworker", "demo").getForEntity("/api/reference/intake", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode lists = new ObjectMapper().readTree(answer.getBody());
    assertThat(lists.get("ethnicities").size()).isEqualTo(configured.ethnicities().size());
    assertThat(lists.get("ethnicities").get(2).asText()).isEqualTo("хазарейцы");
    assertThat(new ObjectMapper().convertValue(lists.get("languages"), String[].class))
        .containsExactlyElementsOf(configured.languages()).contains("дари", "пушту");
    assertThat(http.withBasicAuth("auditor", "demo").getForEntity("/api/reference/intake", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/reference/intake", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
