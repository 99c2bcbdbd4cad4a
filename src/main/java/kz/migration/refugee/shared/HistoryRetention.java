package kz.migration.refugee.shared;

import java.time.Period;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * History retention is configuration ({@code refugee.history.time-to-live}, default 10 years): the models'
 * own {@code historyTimeToLive} is only what the engine requires to deploy them. Once deployed, every process
 * and decision definition gets the configured time-to-live; the nightly history cleanup then removes
 * finished instances older than that. The product's own decision records are not engine history and stay.
 */
@Component
class HistoryRetention {

  private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

  private final RepositoryService repository;
  private final int days;

  HistoryRetention(RepositoryService repository, @Value("${refugee.history.time-to-live:P3650D}") Period timeToLive) {
    this.repository = repository;
    this.days = timeToLive.getYears() * 365 + timeToLive.getMonths() * 30 + timeToLive.getDays();
    if (days < 1) {
      throw new IllegalArgumentException("refugee.history.time-to-live must be at least one day");
    }
  }

  @EventListener(PostDeployEvent.class)
  void apply() {
    int changed = 0;
    for (var definition : repository.createProcessDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        changed++;
      }
    }
    for (var definition : repository.createDecisionDefinitionQuery().list()) {
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
        changed++;
      }
    }
    log.info("History time-to-live {} days; {} definitions updated", days, changed);
  }
}
