package kz.migration.refugee.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operators' metrics ({@code refugee.operations.*}).
 *
 * @param metricsRefresh the longest a figure that the database counts (open incidents, tasks per group, petitions past
 *     their deadline, the engine's reported job metrics) is served from memory before it is counted again: a scrape
 *     counts at most once per this, however often it comes
 */
@ConfigurationProperties("refugee.operations")
record OperationsProperties(Duration metricsRefresh) {

  OperationsProperties {
    metricsRefresh = metricsRefresh == null ? Duration.ofSeconds(30) : metricsRefresh;
  }
}
