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
 * Indexes the engine's schema lacks for Tasklist's filters. The orders they sort by (due date; priority, then due
 * date): with them, PostgreSQL reads a filter's first page from the index and stops after it, whatever the open work
 * ({@link TaskPageQuery}); without them it sorts every open task of the group on every page view. A filter's count
 * (its candidate groups' tasks, unassigned or not, outside any tenant, and for the department-wide readers their
 * process definitions) is answered from two indexes alone, without reading the task rows. The engine creates and upgrades its own tables
 * (after Flyway has run on a new database), so these are added here, after the engine started, if missing.
 */
@Component
@Order(-20)
class EngineIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  static final List<String> INDEXES = List.of(
      // the orders with the id that breaks their ties (TaskPageQuery); the first forms lacked it
      "create index if not exists REFUGEE_IDX_TASK_DUE_ID on ACT_RU_TASK (DUE_DATE_, ID_)",
      "create index if not exists REFUGEE_IDX_TASK_PRIORITY_DUE_ID on ACT_RU_TASK (PRIORITY_ desc, DUE_DATE_, ID_)",
      "drop index if exists REFUGEE_IDX_TASK_DUE",
      "drop index if exists REFUGEE_IDX_TASK_PRIORITY_DUE",
      "create index if not exists REFUGEE_IDX_TASK_COUNTED on ACT_RU_TASK (ID_, ASSIGNEE_, TENANT_ID_, PROC_DEF_ID_)",
      "create index if not exists REFUGEE_IDX_IDENT_LNK_CANDIDATE on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)");

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
