package kz.migration.refugee.audit;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Command-line verification of the decision log, active only when the application is started with
 * {@code --refugee.audit.verify-decision-log}: verifies, logs one result line, and exits with
 * {@value #VALID} when the chain is intact, {@value #BROKEN} when it is not (1 if verification could not
 * run, as for any failed start). See README, "Decision log".
 */
@Component
@ConditionalOnProperty("refugee.audit.verify-decision-log")
@Order(Ordered.LOWEST_PRECEDENCE)
class VerifyDecisionLogCommand implements ApplicationRunner {

  static final int VALID = 0;
  static final int BROKEN = 2;

  private static final Logger log = LoggerFactory.getLogger(VerifyDecisionLogCommand.class);

  private final DecisionLog decisionLog;
  private final IntConsumer exit;

  @Autowired
  VerifyDecisionLogCommand(DecisionLog decisionLog, ApplicationContext context) {
    this(decisionLog, code -> System.exit(SpringApplication.exit(context, () -> code)));
  }

  VerifyDecisionLogCommand(DecisionLog decisionLog, IntConsumer exit) {
    this.decisionLog = decisionLog;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments args) {
    DecisionLog.Verification result = decisionLog.verify();
    if (result.valid()) {
      log.info("Decision log VALID: {} entries checked", result.entriesChecked());
    } else {
      log.error("Decision log BROKEN at sequence no {} ({}); {} entries before it are intact",
          result.firstBrokenSequenceNo(), result.reason(), result.entriesChecked());
    }
    exit.accept(result.valid() ? VALID : BROKEN);
  }
}
