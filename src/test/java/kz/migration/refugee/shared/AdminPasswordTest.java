package kz.migration.refugee.shared;

import kz.migration.refugee.OwnContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.migration.refugee.RefugeeStatusApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/**
 * The production profile refuses to start with a weak or well-known administrator password (here on H2: only
 * the profile's settings matter). A strong one is accepted by the same check: see ProductionProfileTest.
 */
@OwnContext
class AdminPasswordTest {

  @Test
  void theProductionProfileRefusesAWeakAdministratorPassword() {
    assertThatThrownBy(() -> start("chief-pass"))
        .hasStackTraceContaining("REFUGEE_ADMIN_PASSWORD is refused: it breaks the password policy");
  }

  @Test
  void theDemoPasswordAndCommonPasswordsWithDigitsAndSignsAreRefused() {
    assertThat(new AdminPassword(null, null, "chief", "demo", "demo").weakness()).contains("demo password");
    assertThat(new AdminPassword(null, null, "chief", "Password-2024!", "demo").weakness()).contains("common password");
    assertThat(new AdminPassword(null, null, "chief", "Chief#2024!", "demo").weakness()).contains("common password");
  }

  private static void start(String password) {
    SpringApplication.run(RefugeeStatusApplication.class, "--spring.profiles.active=test,postgres",
        "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:admin-password;DB_CLOSE_DELAY=-1",
        "--spring.datasource.username=sa", "--spring.datasource.password=",
        "--refugee.admin.id=chief", "--refugee.admin.password=" + password);
  }
}
