package kz.migration.refugee.shared;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for the orders Tasklist's filters sort by (due date; priority, then due date).
 * With them, PostgreSQL reads a filter's first page from the index and stops after it, whatever the open work; without
 * them it sorts every open task of the group on every page view. The engine creates and upgrades its own tables
 * (after Flyway has run on a new database), so these are added here, after the engine started, if missing.
 */
@Component
@Order(-20)
class EngineIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  static final List<String> INDEXES = List.of(
      "create index if not exists REFUGEE_IDX_TASK_DUE on ACT_RU_TASK (DUE_DATE_)",
      "create index if not exists REFUGEE_IDX_TASK_PRIORITY_DUE on ACT_RU_TASK (PRIORITY_, DUE_DATE_)");

  private final JdbcTemplate jdbc;

  EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String index : INDEXES) {
      try {
        jdbc.execute(index);
      } catch (DataAccessException e) {
        // another node creating the same index at the same moment; it is there either way
        log.warn("engine index not created here ({}): {}", e.getClass().getSimpleName(), index);
      }
    }
  }
}
