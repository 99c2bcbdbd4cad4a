package kz.migration.refugee.recheck;

import kz.migration.refugee.shared.FourEyes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who prepared what the end-of-status steps decide on, as the data bank records it (four-eyes). */
@Configuration(proxyBeanMethods = false)
class RecheckFourEyes {

  /** {@code Task_ConfirmStatusEnd}: not by the manager or caseworker who proposed the end of status. */
  @Bean
  FourEyes.Preparation statusEndProposal(RecheckService rechecks, RecheckOfProcess recheck) {
    return new FourEyes.Preparation("status-end-proposal", task -> rechecks.proposer(recheck.of(task)));
  }

  /** {@code Task_DecideStatusEndAppeal}: not by the manager who confirmed the end of status. */
  @Bean
  FourEyes.Preparation statusEndConfirmation(RecheckService rechecks, RecheckOfProcess recheck) {
    return new FourEyes.Preparation("status-end-confirmation", task -> rechecks.confirmer(recheck.of(task)));
  }
}
