package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** The webapps' system account gets a password the engine's policy accepts, however its random part falls. */
class SystemAccountPasswordTest {

  @Test
  void randomBytesWithoutDigitsOrLettersStillMakeAPasswordThePolicyAccepts() {
    // all zero bytes: the random part alone is "AAAA…=", no digit and no lower-case letter
    Random zeros = new Random() {
      @Override
      public void nextBytes(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
      }
    };
    assertAccepted(RoleAuthorizations.systemPassword(zeros));
  }

  @Test
  void everyPasswordDrawnIsAcceptedAndDiffers() {
    Random random = new Random(7);
    String first = RoleAuthorizations.systemPassword(random);
    for (int i = 0; i < 5_000; i++) {
      assertAccepted(RoleAuthorizations.systemPassword(random));
    }
    assertThat(RoleAuthorizations.systemPassword(random)).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(44);
  }

  private static void assertAccepted(String password) {
    UserEntity user = new UserEntity(Roles.SYSTEM_ACCOUNT);
    user.setFirstName("Системная");
    user.setLastName("учётная запись");
    new DefaultPasswordPolicyImpl().getRules().forEach(rule ->
        assertThat(rule.execute(password, user)).as("%s: %s", rule.getPlaceholder(), password).isTrue());
  }
}
