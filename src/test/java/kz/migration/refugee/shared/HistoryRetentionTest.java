package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The configured history time-to-live, not the models' literal, governs every deployed definition. */
@SpringBootTest(properties = "refugee.history.time-to-live=P400D")
@ActiveProfiles("test")
class HistoryRetentionTest {

  @Autowired RepositoryService repository;

  @Test
  void everyProcessAndDecisionDefinitionKeepsHistoryForTheConfiguredTime() {
    assertThat(repository.createProcessDefinitionQuery().list()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(400));
    assertThat(repository.createDecisionDefinitionQuery().list()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(400));
  }
}
