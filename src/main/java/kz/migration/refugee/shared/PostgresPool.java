package kz.migration.refugee.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL connection pool, whatever URL the environment gives ({@code REFUGEE_DB_URL}, the tests'
 * {@code TEST_POSTGRES_URL}); other databases are left as they are.
 * <ul>
 *   <li>The driver puts the server's error detail into its exceptions ({@code Key (document_number)=(...)}) and, for a
 *   failed batch, the statement with its parameters: names and document numbers would reach any log that records the
 *   exception. {@code logServerErrorDetail=false} keeps both out.</li>
 *   <li>Every connection starts with the planner settings of {@code refugee.database.postgres-session}, run once when
 *   the pool opens it, not before each query (unless the pool has an init statement of its own).</li>
 * </ul>
 */
@Component
class PostgresPool implements BeanPostProcessor {

  private final String sessionSettings;

  PostgresPool(@Value("${refugee.database.postgres-session:}") String sessionSettings) {
    this.sessionSettings = sessionSettings;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      pool.addDataSourceProperty("logServerErrorDetail", "false");
      if (!sessionSettings.isBlank() && pool.getConnectionInitSql() == null) {
        pool.setConnectionInitSql(sessionSettings);
      }
    }
    return bean;
  }
}
