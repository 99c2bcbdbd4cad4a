package kz.migration.refugee.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's driver puts the server's error detail into its exceptions ({@code Key (document_number)=(...)})
 * and, for a failed batch, the statement with its parameters: names and document numbers would reach any log
 * that records the exception. {@code logServerErrorDetail=false} keeps both out, whatever URL the environment
 * gives ({@code REFUGEE_DB_URL}, the tests' {@code TEST_POSTGRES_URL}).
 */
@Component
class DatabaseLogging implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      pool.addDataSourceProperty("logServerErrorDetail", "false");
    }
    return bean;
  }
}
