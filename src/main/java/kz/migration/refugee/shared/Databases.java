package kz.migration.refugee.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** What kind of database a connection leads to, where the product does something for PostgreSQL alone. */
public final class Databases {

  private Databases() {}

  public static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }
}
