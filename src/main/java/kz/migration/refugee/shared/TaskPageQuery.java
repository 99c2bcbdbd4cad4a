package kz.migration.refugee.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, task lists (Tasklist's filters, the engine's REST, the product's own task queries) read a page by
 * the matching tasks' ids instead of making every joined row distinct ({@code TaskPageQuery.xml}): the first page of a
 * filter follows its sort order's index and stops, however many tasks the filter matches. The criteria
 * are the engine's own, included from its mapping, so the tasks found are the same. Other databases keep the
 * engine's statement, and so does PostgreSQL with {@code refugee.task-list.page-by-ids: false}: a filter that matches
 * few of the open tasks, all due after most of the others, is read by walking the others first (README, "Performance").
 */
@Component
class TaskPageQuery extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectTaskByQueryCriteria";
  static final String STATEMENT = TaskPageQuery.class.getName() + ".selectTaskPageByQueryCriteria";
  private static final String MAPPING = "kz/migration/refugee/shared/TaskPageQuery.xml";

  private final boolean enabled;

  TaskPageQuery(@Value("${refugee.task-list.page-by-ids:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (!enabled || !DbSqlSessionFactory.POSTGRES.equals(engine.getDatabaseType())) {
      return;
    }
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(STATEMENT, false)) {
      try (InputStream xml = TaskPageQuery.class.getClassLoader().getResourceAsStream(MAPPING)) {
        new XMLMapperBuilder(xml, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new IllegalStateException("task page query mapping not readable", e);
      }
    }
    DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    mappings.put(ENGINE_STATEMENT, STATEMENT);
    sessions.setStatementMappings(mappings);
  }

  /** Sorted by the task's own columns only: the page can be ordered outside the engine's joins. */
  public static boolean byTaskColumns(List<QueryOrderingProperty> orderingProperties) {
    return orderingProperties == null || orderingProperties.stream().allMatch(p -> p.getRelation() == null);
  }
}
