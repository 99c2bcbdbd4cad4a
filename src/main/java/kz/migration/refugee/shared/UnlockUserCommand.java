package kz.migration.refugee.shared;

import java.util.function.IntConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Command line, active only with {@code --refugee.admin.unlock=<user>}: lifts Camunda's lock of a user (the
 * sole administrator locked out, or one who forgot the password: then {@code REFUGEE_ADMIN_NEW_PASSWORD} sets a
 * new password, which must pass the password policy where it is on). Exits {@value #UNLOCKED} when done,
 * {@value #REFUSED} for an unknown user or a refused password, with nothing changed (1 if it could not run).
 */
@Component
@ConditionalOnProperty("refugee.admin.unlock")
@Order(Ordered.LOWEST_PRECEDENCE)
class UnlockUserCommand implements ApplicationRunner {

  static final int UNLOCKED = 0;
  static final int REFUSED = 2;

  private static final Logger log = LoggerFactory.getLogger(UnlockUserCommand.class);

  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final String userId;
  private final String newPassword;
  private final IntConsumer exit;

  @Autowired
  UnlockUserCommand(IdentityService identity, TransactionTemplate transaction,
      @Value("${refugee.admin.unlock}") String userId, @Value("${refugee.admin.new-password:}") String newPassword,
      ApplicationContext context) {
    this(identity, transaction, userId, newPassword, code -> System.exit(SpringApplication.exit(context, () -> code)));
  }

  UnlockUserCommand(IdentityService identity, TransactionTemplate transaction, String userId, String newPassword,
      IntConsumer exit) {
    this.identity = identity;
    this.transaction = transaction;
    this.userId = userId;
    this.newPassword = newPassword;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments args) {
    exit.accept(transaction.execute(status -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        log.error("Unlock refused: no user '{}'", LogText.safe(userId));
        return REFUSED;
      }
      if (!newPassword.isBlank()) {
        user.setPassword(newPassword);
        try {
          identity.saveUser(user);
        } catch (ProcessEngineException e) {
          status.setRollbackOnly();
          log.error("Unlock refused: the new password for '{}' breaks the password policy; nothing changed", user.getId());
          return REFUSED;
        }
      }
      identity.unlockUser(user.getId());
      log.info("User '{}' unlocked{}", user.getId(), newPassword.isBlank() ? "" : " with a new password");
      return UNLOCKED;
    }));
  }
}
