package kz.migration.refugee.shared;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator, from the environment ({@code REFUGEE_ADMIN_USER}, {@code REFUGEE_ADMIN_PASSWORD}),
 * created once, in {@code admins}. Administrators manage users, groups and memberships and never work cases
 * or read them (see {@link RoleAuthorizations} and {@link ClientCommandGuard}).
 */
@Component
@Order(-5)
class AdminUser implements ApplicationRunner {

  private final IdentityService identity;
  private final String id;
  private final String password;

  AdminUser(IdentityService identity, @Value("${refugee.admin.id:}") String id,
      @Value("${refugee.admin.password:}") String password) {
    this.identity = identity;
    this.id = id;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    // with the department's directory (profile ldap) administrators are the directory's group admins
    if (id.isBlank() || identity.isReadOnly() || identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    if (password.isBlank()) {
      throw new IllegalStateException("REFUGEE_ADMIN_PASSWORD must be set to create the administrator " + id);
    }
    User user = identity.newUser(id);
    user.setFirstName("Администратор");
    user.setLastName("Системы");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, Roles.ADMINS);
  }
}
