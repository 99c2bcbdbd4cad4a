package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.FourEyes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who prepared what the end-of-status steps decide on, as the data bank records it (four-eyes). */
@Configuration(proxyBeanMethods = false)
class StatusEndFourEyes {

  /** {@code Task_ConfirmStatusEnd}: not by the manager or caseworker who proposed the end of status. */
  @Bean
  FourEyes.Preparation statusEndProposal(StatusEnds statusEnds, StatusEndOfProcess statusEnd) {
    return FourEyes.Preparation.by("status-end-proposal", task -> statusEnds.proposer(statusEnd.of(task)));
  }

  /** {@code Task_DecideStatusEndAppeal}: not by the manager who confirmed the end of status. */
  @Bean
  FourEyes.Preparation statusEndConfirmation(StatusEnds statusEnds, StatusEndOfProcess statusEnd) {
    return FourEyes.Preparation.by("status-end-confirmation", task -> statusEnds.confirmer(statusEnd.of(task)));
  }
}
