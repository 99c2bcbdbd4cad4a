package kz.migration.refugee;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test against a real PostgreSQL: {@code TEST_POSTGRES_URL}, {@code TEST_POSTGRES_USER},
 * {@code TEST_POSTGRES_PASSWORD} (defaults: refugee_test on 127.0.0.1:5432, refugee/refugee).
 * Skips with a message when no server answers, unless {@code -Dpostgres.tests.required=true}
 * (CI), in which case it fails.
 * <p>
 * With {@link ApplicationTest}, the classes share one application context on PostgreSQL; surefire runs them in
 * a JVM of their own (execution {@code postgres-tests}), apart from the shared context on H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(PostgresTest.TAG)
@ExtendWith(PostgresTest.Available.class)
@ContextConfiguration(initializers = PostgresTest.Available.class)
public @interface PostgresTest {

  String TAG = "postgres";

  final class Available implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

    static String url() {
      return env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/refugee_test");
    }

    static String user() {
      return env("TEST_POSTGRES_USER", "refugee");
    }

    static String password() {
      return env("TEST_POSTGRES_PASSWORD", "refugee");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      try (var connection = DriverManager.getConnection(url(), user(), password())) {
        return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url());
      } catch (SQLException e) {
        String message = "PostgreSQL not reachable at " + url() + " (" + e.getMessage()
            + "): PostgreSQL tests skipped. Run .ci/run, or set TEST_POSTGRES_URL/USER/PASSWORD.";
        if (Boolean.getBoolean("postgres.tests.required")) {
          throw new IllegalStateException(message.replace("skipped", "REQUIRED but cannot run"));
        }
        return ConditionEvaluationResult.disabled(message);
      }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
          "spring.datasource.url=" + url(),
          "spring.datasource.username=" + user(),
          "spring.datasource.password=" + password()).applyTo(context);
    }

    private static String env(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}
