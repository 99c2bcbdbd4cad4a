package kz.migration.refugee.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Staff as people read them on the case page and in the forms' case file: «Фамилия Имя (login)», from the engine's
 * users. The login stays in parentheses so that a reader can tie the name to the audit log, which keeps logins only.
 * A login no longer among the users, one without a name, and the engine's own accounts read as recorded.
 * Names are for display only: never logged, never put into process variables or the records.
 */
@Service
public class StaffNames {

  /** The engine's own accounts: their logins already say what they are. */
  private static final Set<String> ACCOUNTS = Set.of(Actor.SYSTEM, Roles.SYSTEM_ACCOUNT);

  private final IdentityService identity;
  private final EngineCalls engine;

  StaffNames(IdentityService identity, EngineCalls engine) {
    this.identity = identity;
    this.engine = engine;
  }

  /**
   * The names of these logins, in one query of the engine's users. Run as the application: case roles may read no
   * user but themselves, yet whoever reads the case reads who worked it.
   */
  public Names of(Collection<String> logins) {
    String[] ids = logins.stream().filter(Objects::nonNull).filter(l -> !l.isBlank() && !ACCOUNTS.contains(l))
        .distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return new Names(Map.of());
    }
    Map<String, String> names = engine.asApplication(() -> identity.createUserQuery().userIdIn(ids).list())
        .stream().filter(u -> !fullName(u).isEmpty())
        .collect(Collectors.toMap(User::getId, u -> fullName(u) + " (" + u.getId() + ")", (a, b) -> a));
    return new Names(names);
  }

  /** One login's name, for a form that names one person. */
  public String of(String login) {
    return of(Collections.singletonList(login)).of(login);
  }

  /**
   * How a signed document names the official: surname and first name, without the login (which is for the audit log);
   * the login if the user has no name on record.
   */
  public String signature(String login) {
    if (login == null || login.isBlank() || ACCOUNTS.contains(login)) {
      return login;
    }
    User user = engine.asApplication(() -> identity.createUserQuery().userId(login).singleResult());
    return user == null || fullName(user).isEmpty() ? login : fullName(user);
  }

  static String fullName(User user) {
    return Stream.of(user.getLastName(), user.getFirstName()).filter(s -> s != null && !s.isBlank())
        .map(String::strip).collect(Collectors.joining(" "));
  }

  /** Logins resolved for one page or form. */
  public static final class Names {

    private final Map<String, String> names;

    private Names(Map<String, String> names) {
      this.names = names;
    }

    /** The login's name and login; the login alone if it is not a named user (or {@code null} as is). */
    public String of(String login) {
      return login == null ? null : names.getOrDefault(login, login);
    }
  }
}
