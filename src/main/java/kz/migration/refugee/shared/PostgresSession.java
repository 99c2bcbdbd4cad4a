package kz.migration.refugee.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Planner settings every PostgreSQL connection of the pool starts with ({@code refugee.database.postgres-session}),
 * run once when the pool opens the connection, not before each query. Other databases, and a pool that already has
 * an init statement of its own, are left as they are.
 */
@Component
class PostgresSession implements BeanPostProcessor {

  private final String settings;

  PostgresSession(@Value("${refugee.database.postgres-session:}") String settings) {
    this.settings = settings;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String name) {
    if (bean instanceof HikariDataSource pool && !settings.isBlank() && pool.getConnectionInitSql() == null
        && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      pool.setConnectionInitSql(settings);
    }
    return bean;
  }
}
