package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import kz.migration.refugee.ApplicationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff read by name with their login, whoever reads them; a login that is no named user, and the engine's own
 * accounts, read as recorded.
 */
@ApplicationTest
class StaffNamesTest {

  @Autowired StaffNames staff;
  @Autowired IdentityService identity;

  @Test
  void aUserReadsAsSurnameNameAndLoginAndAnythingElseAsTheLogin() {
    String named = user("Темирова", "Гульнара");
    String unnamed = user(null, " ");
    String deleted = user("Бекова", "Алия");
    identity.deleteUser(deleted);

    StaffNames.Names names = staff.of(Arrays.asList(named, unnamed, deleted, Actor.SYSTEM, Roles.SYSTEM_ACCOUNT,
        null, "manager"));

    assertThat(names.of(named)).isEqualTo("Темирова Гульнара (" + named + ")");
    assertThat(names.of(unnamed)).isEqualTo(unnamed);
    assertThat(names.of(deleted)).isEqualTo(deleted);
    assertThat(names.of(Actor.SYSTEM)).isEqualTo("system");
    // the system account has a name in the engine, but its login is what the records show
    assertThat(names.of(Roles.SYSTEM_ACCOUNT)).isEqualTo(Roles.SYSTEM_ACCOUNT);
    assertThat(names.of(null)).isNull();
    User manager = identity.createUserQuery().userId("manager").singleResult();
    assertThat(names.of("manager")).isEqualTo(manager.getLastName() + " " + manager.getFirstName() + " (manager)")
        .doesNotContain("Руководитель");
    // a login not asked for is not looked up afterwards
    assertThat(names.of("caseworker")).isEqualTo("caseworker");
    assertThat(staff.of(named)).isEqualTo("Темирова Гульнара (" + named + ")");
    identity.deleteUser(named);
    identity.deleteUser(unnamed);
  }

  @Test
  void aCaseworkerWhoMayNotReadOtherUsersStillReadsWhoWorkedTheCase() {
    String named = user("Темирова", "Гульнара");
    identity.setAuthentication("caseworker", List.of(Roles.CASEWORKERS));
    try {
      // the engine hides other users from a caseworker
      assertThat(identity.createUserQuery().userId(named).count()).isZero();
      assertThat(staff.of(List.of(named)).of(named)).isEqualTo("Темирова Гульнара (" + named + ")");
      // and the caseworker is still the one authenticated afterwards
      assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("caseworker");
      assertThat(identity.createUserQuery().userId(named).count()).isZero();
    } finally {
      identity.clearAuthentication();
      identity.deleteUser(named);
    }
  }

  private String user(String lastName, String firstName) {
    String id = "staff" + System.nanoTime();
    User user = identity.newUser(id);
    user.setLastName(lastName);
    user.setFirstName(firstName);
    identity.saveUser(user);
    return id;
  }
}
