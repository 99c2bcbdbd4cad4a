package kz.migration.refugee.shared;

import java.sql.Connection;
import java.util.ArrayList;
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
 * Indexes the engine's schema lacks for Tasklist's filters. The orders they sort by (the filters' due date;
 * priority, then due date; Tasklist's own, newest first, where a filter has none), each with the id that breaks
 * ties: with them, PostgreSQL reads a filter's first page from the index and stops after it, whatever the open work
 * ({@link TaskPageQuery}); without them it sorts every open task of the group on every page view. A filter's count
 * (its candidate groups' active tasks, unassigned or not, outside any tenant, and for the department-wide readers
 * their process definitions) is answered from two indexes alone, without reading the task rows. The engine creates
 * and upgrades its own tables (after Flyway has run on a new database), so these are added here, after the engine
 * started, if missing.
 */
@Component
@Order(-20)
class EngineIndexes implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

  static final List<String> INDEXES = List.of(
      // the orders with the id that breaks their ties (TaskPageQuery): Tasklist's own, newest first (after the
      // filter's, or alone); the filters' due date, and priority then due date (whose first forms lacked the id)
      "create index if not exists REFUGEE_IDX_TASK_CREATED_ID on ACT_RU_TASK (CREATE_TIME_ desc, ID_)",
      "create index if not exists REFUGEE_IDX_TASK_DUE_ID on ACT_RU_TASK (DUE_DATE_, ID_)",
      "create index if not exists REFUGEE_IDX_TASK_PRIORITY_DUE_ID on ACT_RU_TASK (PRIORITY_ desc, DUE_DATE_, ID_)",
      "drop index if exists REFUGEE_IDX_TASK_DUE",
      "drop index if exists REFUGEE_IDX_TASK_PRIORITY_DUE",
      "create index if not exists REFUGEE_IDX_TASK_COUNTED on ACT_RU_TASK (ID_, ASSIGNEE_, TENANT_ID_, SUSPENSION_STATE_,"
          + " PROC_DEF_ID_)",
      "create index if not exists REFUGEE_IDX_IDENT_LNK_CANDIDATE on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)");

  /**
   * PostgreSQL: vacuum the open work's tables after a hundredth of their rows changed rather than a fifth, so that
   * the pages a count reads from the indexes stay marked visible while tasks come and go.
   */
  static final List<String> POSTGRES_TABLES = List.of(
      "alter table ACT_RU_TASK set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01)",
      "alter table ACT_RU_IDENTITYLINK set (autovacuum_vacuum_scale_factor = 0.01,"
          + " autovacuum_vacuum_insert_scale_factor = 0.01)");

  private final JdbcTemplate jdbc;

  EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> statements = new ArrayList<>(INDEXES);
    if (postgres()) {
      statements.addAll(POSTGRES_TABLES);
    }
    for (String statement : statements) {
      try {
        jdbc.execute(statement);
      } catch (DataAccessException e) {
        // another node creating the same index at the same moment; it is there either way
        log.warn("engine index or table setting not applied here ({}): {}", e.getClass().getSimpleName(), statement);
      }
    }
  }

  private boolean postgres() {
    return Boolean.TRUE.equals(jdbc.execute((Connection c) -> Databases.isPostgres(c)));
  }
}
