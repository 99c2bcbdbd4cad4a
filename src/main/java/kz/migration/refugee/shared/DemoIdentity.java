package kz.migration.refugee.shared;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for each role, created idempotently at start-up in the demo (default) profile only
 * (the groups themselves exist in every profile, see {@link RoleAuthorizations}). Outside it, users are
 * managed in the Admin webapp and the first admin comes from the environment ({@link AdminUser}).
 */
@Component
@Profile("demo")
@Order(0)
class DemoIdentity implements ApplicationRunner {

  private record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("caseworker", "Айгерим", "Жумабаева", List.of(Roles.CASEWORKERS)),
      new DemoUser("caseworker2", "Ерлан", "Сапаров", List.of(Roles.CASEWORKERS)),
      new DemoUser("manager", "Сауле", "Ахметова", List.of(Roles.MANAGERS)),
      new DemoUser("manager2", "Нурлан", "Касымов", List.of(Roles.MANAGERS)),
      new DemoUser("auditor", "Дана", "Оспанова", List.of(Roles.AUDITORS)),
      new DemoUser("operator", "Асель", "Нургалиева", List.of(Roles.OPERATORS)),
      new DemoUser("admin", "Марат", "Ибраев", List.of(Roles.ADMINS)));

  private final IdentityService identityService;
  private final String password;

  DemoIdentity(IdentityService identityService, @Value("${refugee.demo.password:demo}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.isReadOnly()) {
      // the department's directory (profile ldap) holds the users; it is not written
      return;
    }
    for (DemoUser demo : USERS) {
      User user = identityService.createUserQuery().userId(demo.id()).singleResult();
      if (user == null) {
        user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(password);
        user.setEmail(demo.id() + "@example.org");
        identityService.saveUser(user);
      } else if (!demo.firstName().equals(user.getFirstName()) || !demo.lastName().equals(user.getLastName())) {
        // the case page and the forms name staff: an older demo database gets the demo's names too
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        identityService.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
  }
}
