package kz.migration.refugee.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import kz.migration.refugee.shared.Databases;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 32: the census read model (see {@link StatisticsQueries#REFUGEES_TOTAL}): its tables, the view deriving
 * each family's changes from the register, triggers on {@code person} that keep it right in the same transaction as
 * every change (PL/pgSQL on PostgreSQL, {@link CensusTrigger} on H2), and its first filling from the register as it
 * stands; and an index for the decisions of a period. A Java migration because the triggers differ by database; Spring
 * Boot hands it to Flyway as a bean.
 */
@Component
class CensusMigration implements JavaMigration {

  /** Each person's changes, per dimension: recognised (+1) on {@code recognised_on}, gone (-1) on deregistration. */
  static final String VIEW = """
      create view census_change_due as
      select case_id, dimension, group_key, on_day,
             case when active > 0 then 1 else 0 end - case when active - n > 0 then 1 else 0 end as families,
             n as persons
        from (select case_id, dimension, group_key, on_day, n,
                     sum(n) over (partition by case_id, dimension, group_key order by on_day) as active
                from (select case_id, dimension, group_key, on_day, sum(n) as n
                        from (select e.case_id, d.dimension,
                                     case d.dimension when 'citizenship' then e.citizenship
                                                      when 'ethnicity' then e.ethnicity end as group_key,
                                     e.on_day, e.n
                                from (select p.case_id, p.citizenship, p.ethnicity, p.recognised_on as on_day, 1 as n
                                        from person p
                                       where p.recognised_on is not null
                                         and (p.deregistered_on is null or p.deregistered_on > p.recognised_on)
                                      union all
                                      select p.case_id, p.citizenship, p.ethnicity, p.deregistered_on, -1
                                        from person p
                                       where p.recognised_on is not null and p.deregistered_on > p.recognised_on) e
                                cross join (select 'total' as dimension union all select 'citizenship'
                                            union all select 'ethnicity') d) x
                       group by case_id, dimension, group_key, on_day) y) z
       where n <> 0
      """;

  private static final List<String> TABLES = List.of("""
      create table census_change (
          case_id   bigint       not null,
          dimension varchar(16)  not null,
          group_key varchar(100),
          on_day    date         not null,
          families  integer      not null,
          persons   integer      not null
      )""", "create index ix_census_change_case on census_change (case_id)", """
      create table census_count (
          dimension varchar(16)  not null,
          group_key varchar(100),
          on_day    date         not null,
          families  bigint       not null,
          persons   bigint       not null
      )""",
      // the census on a date reads one dimension's days up to it from the index alone
      "create index ix_census_count_day on census_count (dimension, on_day, group_key, families, persons)",
      // not the census: the persons decided by the decisions of a period, read from the index alone (the petitions
      // and monthly figures read every person_decision row without it)
      "create index ix_person_decision_decision on person_decision (decision_id, outcome, person_id)");

  static final List<String> FILL = List.of(
      "delete from census_count",
      "delete from census_change",
      "insert into census_change (case_id, dimension, group_key, on_day, families, persons)"
          + " select case_id, dimension, group_key, on_day, families, persons from census_change_due",
      """
      insert into census_count (dimension, group_key, on_day, families, persons)
      select dimension, group_key, on_day, sum(families), sum(persons) from census_change
       group by dimension, group_key, on_day""");

  private static final List<String> POSTGRESQL = List.of(
      "alter table census_count add constraint uq_census_count unique nulls not distinct (dimension, group_key, on_day)",
      // one family at a time (an advisory lock per family), its old changes taken out and its new ones added
      """
      create function census_refresh(family bigint) returns void language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(1668179571, (family % 2147483647)::int);
        with gone as (
               delete from census_change where case_id = family
               returning dimension, group_key, on_day, -families as families, -persons as persons),
             came as (
               insert into census_change (case_id, dimension, group_key, on_day, families, persons)
               select case_id, dimension, group_key, on_day, families, persons from census_change_due
                where case_id = family
               returning dimension, group_key, on_day, families, persons)
        insert into census_count as c (dimension, group_key, on_day, families, persons)
        select dimension, group_key, on_day, sum(families), sum(persons)
          from (select * from gone union all select * from came) x
         group by dimension, group_key, on_day
        having sum(families) <> 0 or sum(persons) <> 0
         order by dimension, group_key, on_day
        on conflict (dimension, group_key, on_day)
        do update set families = c.families + excluded.families, persons = c.persons + excluded.persons;
      end $$""",
      """
      create function census_person_changed() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then
          perform census_refresh(old.case_id);
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.case_id <> old.case_id) then
          perform census_refresh(new.case_id);
        end if;
        return null;
      end $$""",
      """
      create trigger census_person_inserted after insert on person for each row
        when (new.recognised_on is not null) execute function census_person_changed()""",
      """
      create trigger census_person_updated after update on person for each row
        when ((old.recognised_on is not null or new.recognised_on is not null)
              and (old.case_id <> new.case_id or old.citizenship <> new.citizenship
                   or old.ethnicity is distinct from new.ethnicity
                   or old.recognised_on is distinct from new.recognised_on
                   or old.deregistered_on is distinct from new.deregistered_on))
        execute function census_person_changed()""",
      """
      create trigger census_person_deleted after delete on person for each row
        when (old.recognised_on is not null) execute function census_person_changed()""");

  private static final List<String> H2 = List.of(
      "create unique index uq_census_count on census_count (dimension, group_key, on_day)",
      "create trigger census_person after insert, update, delete on person for each row call '"
          + CensusTrigger.class.getName() + "'");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("32");
  }

  @Override
  public String getDescription() {
    return "census read model";
  }

  @Override
  public Integer getChecksum() {
    return (VIEW + TABLES + FILL + POSTGRESQL + H2).hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgres = Databases.isPostgres(connection);
    try (Statement statement = connection.createStatement()) {
      for (String sql : TABLES) {
        statement.execute(sql);
      }
      statement.execute(VIEW);
      for (String sql : FILL) {
        statement.execute(sql);
      }
      for (String sql : postgres ? POSTGRESQL : H2) {
        statement.execute(sql);
      }
    }
  }
}
