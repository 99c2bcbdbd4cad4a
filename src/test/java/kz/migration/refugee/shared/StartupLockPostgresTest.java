package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.migration.refugee.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two nodes starting on one PostgreSQL database at once: the second waits until the first is ready. */
@PostgresTest
class StartupLockPostgresTest {

  private final DriverManagerDataSource database = new DriverManagerDataSource(
      env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/refugee_test"),
      env("TEST_POSTGRES_USER", "refugee"), env("TEST_POSTGRES_PASSWORD", "refugee"));

  @Test
  void aSecondNodeStartsOnlyOnceTheFirstIsReady() throws Exception {
    StartupLock first = new StartupLock();
    StartupLock second = new StartupLock();
    first.acquire(database);
    try {
      CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> second.acquire(database));
      Thread.sleep(1_000);
      assertThat(waiting).as("the second node waits while the first starts").isNotDone();
      assertThat(second.isHeld()).isFalse();

      first.release();
      waiting.get(10, TimeUnit.SECONDS);
      assertThat(second.isHeld()).as("the second node goes on once the first is ready").isTrue();
    } finally {
      first.release();
      second.release();
    }
    assertThat(first.isHeld()).isFalse();
    assertThat(second.isHeld()).isFalse();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
