package kz.migration.refugee;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The benchmarks' PostgreSQL database: {@code BENCH_POSTGRES_URL} (default {@code refugee_bench} on 127.0.0.1),
 * {@code BENCH_POSTGRES_USER} and {@code BENCH_POSTGRES_PASSWORD} (default refugee/refugee), emptied before a run so
 * that the application creates its engine and register tables as on a new installation.
 */
public final class BenchDatabase {

  private static final String URL = env("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/refugee_bench");
  private static final String USER = env("BENCH_POSTGRES_USER", "refugee");
  private static final String PASSWORD = env("BENCH_POSTGRES_PASSWORD", "refugee");

  private BenchDatabase() {}

  /** For a benchmark's {@code @DynamicPropertySource}. */
  public static void use(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
  }

  /** For a benchmark's {@code @BeforeAll}: a fresh, empty schema. */
  public static void empty() throws SQLException {
    try (var connection = DriverManager.getConnection(URL, USER, PASSWORD); var statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
