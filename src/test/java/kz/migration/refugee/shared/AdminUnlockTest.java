package kz.migration.refugee.shared;

import kz.migration.refugee.OwnContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sole administrator, locked by Camunda (here after 2 wrong passwords, as an older configuration would
 * after 10), is unlocked from the command line, optionally with a new password that must pass the policy.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:admin-unlock;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
    "spring.datasource.password=", "refugee.admin.id=chief", "refugee.admin.password=Steppe-Falcon-47",
    "camunda.bpm.generic-properties.properties.login-max-attempts=2",
    "camunda.bpm.generic-properties.properties.login-delay-base=0"})
@ActiveProfiles({"test", "postgres"})
@OwnContext
class AdminUnlockTest {

  @Autowired IdentityService identity;
  @Autowired TransactionTemplate transaction;

  @Test
  void aLockedAdministratorIsUnlockedAndMayGetANewPassword() {
    assertThat(identity.checkPassword("chief", "wrong")).isFalse();
    assertThat(identity.checkPassword("chief", "wrong")).isFalse();
    assertThat(identity.checkPassword("chief", "Steppe-Falcon-47")).as("locked for good").isFalse();

    assertThat(unlock("chief", "")).isEqualTo(UnlockUserCommand.UNLOCKED);
    assertThat(identity.checkPassword("chief", "Steppe-Falcon-47")).isTrue();

    assertThat(identity.checkPassword("chief", "wrong")).isFalse();
    assertThat(identity.checkPassword("chief", "wrong")).isFalse();
    assertThat(unlock("chief", "weak")).as("a weak new password changes nothing").isEqualTo(UnlockUserCommand.REFUSED);
    assertThat(identity.checkPassword("chief", "Steppe-Falcon-47")).as("still locked").isFalse();
    assertThat(unlock("chief", "Tundra-Owl-2031")).isEqualTo(UnlockUserCommand.UNLOCKED);
    assertThat(identity.checkPassword("chief", "Tundra-Owl-2031")).isTrue();
  }

  @Test
  void anUnknownUserExitsWithTwo() {
    assertThat(unlock("nobody", "")).isEqualTo(UnlockUserCommand.REFUSED);
  }

  private int unlock(String user, String newPassword) {
    List<Integer> codes = new ArrayList<>();
    new UnlockUserCommand(identity, transaction, user, newPassword, codes::add)
        .run(new DefaultApplicationArguments("--refugee.admin.unlock=" + user));
    assertThat(codes).hasSize(1);
    return codes.get(0);
  }
}
