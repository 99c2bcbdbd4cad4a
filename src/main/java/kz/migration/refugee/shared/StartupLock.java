package kz.migration.refugee.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one PostgreSQL database start one at a time. What a start writes is not safe to run twice at once:
 * the engine creating its tables on an empty database (two nodes collide on the same {@code create table}), the
 * first administrator, the roles' authorizations, the Tasklist filter, moving running instances to new model
 * versions. From the moment the engine is built until the application is ready, a node holds a PostgreSQL advisory
 * lock on a connection of its own; another node starting meanwhile waits for it. The lock ends with that connection,
 * so a node that dies while starting does not keep the others waiting. Not used on another database (the H2 demo
 * database belongs to one node).
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
  /** The advisory lock's key: any number no other part of the application locks. */
  static final long KEY = 0x7265667567656501L;

  /** Taken while the engine is built and released when the application is ready, both on the starting thread. */
  private volatile Connection held;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire(configuration.getDataSource());
  }

  /** Takes the lock on a connection of its own, waiting while another node starts; nothing on a non-PostgreSQL database. */
  void acquire(DataSource dataSource) {
    if (held != null) {
      return;
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!Databases.isPostgres(connection)) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      if (!lock(connection, "select pg_try_advisory_lock(?)")) {
        log.info("Another node is starting on this database: waiting until it is ready");
        lock(connection, "select pg_advisory_lock(?) is not null");
      }
      held = connection;
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("the startup lock could not be taken (SQL state " + e.getSQLState() + ")", e);
    }
  }

  /** Once every start-up step has run (after the application runners), the next node may start. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void release() {
    if (held == null) {
      return;
    }
    try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
      unlock.setLong(1, KEY);
      unlock.execute();
    } catch (SQLException e) {
      log.warn("The startup lock could not be released (SQL state {}); closing its connection ends it", e.getSQLState());
    } finally {
      close(held);
      held = null;
    }
  }

  boolean isHeld() {
    return held != null;
  }

  private static boolean lock(Connection connection, String query) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private static void close(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("closing the startup lock's connection failed (SQL state {})", e.getSQLState());
    }
  }
}
