package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import kz.migration.refugee.ApplicationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The configured history time-to-live, not the models' literal, governs every deployed definition: the shared
 * test configuration ({@link ApplicationTest}) sets P400D, the models say 3650 days.
 */
@ApplicationTest
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
