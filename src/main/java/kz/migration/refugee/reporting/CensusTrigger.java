package kz.migration.refugee.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * The census read model's trigger on the embedded H2 database (PostgreSQL has the same in PL/pgSQL, see
 * {@link CensusMigration}): after a person is added, changed or removed in a way the census sees, their family's
 * changes are taken out of {@code census_count}, derived again from the register and added back, in the same
 * transaction. Public because H2 creates it by reflection.
 */
public class CensusTrigger implements Trigger {

  private static final String TAKE_OUT = """
      merge into census_count c
      using (select dimension, group_key, on_day, -families as families, -persons as persons
               from census_change where case_id = ?) s
         on (c.dimension = s.dimension and c.group_key is not distinct from s.group_key and c.on_day = s.on_day)
       when matched then update set families = c.families + s.families, persons = c.persons + s.persons
       when not matched then insert (dimension, group_key, on_day, families, persons)
                             values (s.dimension, s.group_key, s.on_day, s.families, s.persons)
      """;
  private static final String ADD = """
      merge into census_count c
      using (select dimension, group_key, on_day, families, persons from census_change where case_id = ?) s
         on (c.dimension = s.dimension and c.group_key is not distinct from s.group_key and c.on_day = s.on_day)
       when matched then update set families = c.families + s.families, persons = c.persons + s.persons
       when not matched then insert (dimension, group_key, on_day, families, persons)
                             values (s.dimension, s.group_key, s.on_day, s.families, s.persons)
      """;
  private static final String FORGET = "delete from census_change where case_id = ?";
  private static final String DERIVE = """
      insert into census_change (case_id, dimension, group_key, on_day, families, persons)
      select case_id, dimension, group_key, on_day, families, persons from census_change_due where case_id = ?
      """;

  private int caseId = -1;
  private int citizenship = -1;
  private int ethnicity = -1;
  private int recognisedOn = -1;
  private int deregisteredOn = -1;

  @Override
  public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    try (var columns = connection.getMetaData().getColumns(null, schema, table, null)) {
      while (columns.next()) {
        int index = columns.getInt("ORDINAL_POSITION") - 1;
        switch (columns.getString("COLUMN_NAME").toLowerCase()) {
          case "case_id" -> caseId = index;
          case "citizenship" -> citizenship = index;
          case "ethnicity" -> ethnicity = index;
          case "recognised_on" -> recognisedOn = index;
          case "deregistered_on" -> deregisteredOn = index;
          default -> { }
        }
      }
    }
    if (caseId < 0 || citizenship < 0 || ethnicity < 0 || recognisedOn < 0 || deregisteredOn < 0) {
      throw new SQLException("census trigger on a table without the person's census columns: " + table);
    }
  }

  @Override
  public void fire(Connection connection, Object[] before, Object[] after) throws SQLException {
    boolean counted = before != null && before[recognisedOn] != null || after != null && after[recognisedOn] != null;
    if (!counted) {
      return;
    }
    if (before != null && after != null) {
      boolean seen = !Objects.equals(before[caseId], after[caseId])
          || !Objects.equals(before[citizenship], after[citizenship])
          || !Objects.equals(before[ethnicity], after[ethnicity])
          || !Objects.equals(before[recognisedOn], after[recognisedOn])
          || !Objects.equals(before[deregisteredOn], after[deregisteredOn]);
      if (!seen) {
        return;
      }
    }
    if (before != null) {
      refresh(connection, ((Number) before[caseId]).longValue());
    }
    if (after != null && (before == null || !Objects.equals(before[caseId], after[caseId]))) {
      refresh(connection, ((Number) after[caseId]).longValue());
    }
  }

  private static void refresh(Connection connection, long family) throws SQLException {
    for (String sql : new String[] {TAKE_OUT, FORGET, DERIVE, ADD}) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setLong(1, family);
        statement.executeUpdate();
      }
    }
  }
}
