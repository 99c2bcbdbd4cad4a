package kz.migration.refugee.shared;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where Camunda's password policy is on (the production profile), the application does not start with a weak
 * or well-known administrator password ({@code REFUGEE_ADMIN_PASSWORD}): it must pass the policy, differ from
 * the demo password, and not be a common password dressed up with digits and signs. Checked before any
 * start-up work ({@link AdminUser} runs later), whether or not the administrator exists already.
 */
@Component
class AdminPassword implements SmartInitializingSingleton {

  /** Letters of passwords every guessing list starts with ("Password1!", "Admin-2024", ...). */
  private static final Set<String> COMMON = Set.of("password", "passwort", "admin", "administrator", "changeme",
      "camunda", "demo", "qwerty", "letmein", "welcome", "secret", "root", "test", "refugee", "пароль", "админ");

  private final IdentityService identity;
  private final ProcessEngineConfiguration engine;
  private final String id;
  private final String password;
  private final String demoPassword;

  AdminPassword(IdentityService identity, ProcessEngineConfiguration engine, @Value("${refugee.admin.id:}") String id,
      @Value("${refugee.admin.password:}") String password, @Value("${refugee.demo.password:demo}") String demoPassword) {
    this.identity = identity;
    this.engine = engine;
    this.id = id;
    this.password = password;
    this.demoPassword = demoPassword;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!engine.isEnablePasswordPolicy() || password.isBlank()) {
      return;
    }
    String weakness = weakness();
    if (weakness != null) {
      throw new IllegalStateException("REFUGEE_ADMIN_PASSWORD is refused: " + weakness
          + ". Set a password of at least 10 characters with upper- and lower-case letters, a digit and a sign.");
    }
  }

  /** Why the password is refused, or null. */
  String weakness() {
    if (password.equals(demoPassword)) {
      return "it is the demo password";
    }
    String letters = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    if (COMMON.contains(letters) || (!id.isBlank() && letters.equals(id.toLowerCase(Locale.ROOT)))) {
      return "it is a common password with digits or signs added";
    }
    var user = identity.newUser(id.isBlank() ? "admin" : id);
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
    if (!result.isValid()) {
      return "it breaks the password policy (" + result.getViolatedRules().stream()
          .map(r -> r.getPlaceholder() + (r.getParameters() == null ? "" : r.getParameters().toString()))
          .collect(Collectors.joining(", ")) + ")";
    }
    return null;
  }
}
