package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V27 on a register written before it, in a schema of its own: the valid asylum-seeker certificates issued without an
 * expiry get issued_on + 3 months (the default validity; the end of a shorter month kept as PostgreSQL and Java both
 * count it), every other certificate is left as it was.
 */
@PostgresTest
class CertificateValidityMigrationPostgresTest {

  private static final String SCHEMA = "v27_migration_test";

  private DriverManagerDataSource admin;
  private JdbcTemplate jdbc;

  @BeforeEach
  void emptySchema() {
    admin = new DriverManagerDataSource(PostgresTest.Available.url(), PostgresTest.Available.user(),
        PostgresTest.Available.password());
    dropSchema();
    DriverManagerDataSource inSchema = new DriverManagerDataSource(PostgresTest.Available.url(),
        PostgresTest.Available.user(), PostgresTest.Available.password());
    inSchema.setSchema(SCHEMA);
    jdbc = new JdbcTemplate(inSchema);
  }

  @AfterEach
  void dropSchema() {
    new JdbcTemplate(admin).execute("drop schema if exists " + SCHEMA + " cascade");
  }

  @Test
  void validAsylumSeekerCertificatesWithoutExpiryExpireThreeMonthsAfterIssue() {
    flyway("18").migrate();
    long c = jdbc.queryForObject("""
        insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
        values ('RS-2026-000001', 'UNDER_REVIEW', date '2025-11-25', date '2025-11-30', 'Алматы', now(), 0) returning id
        """, Long.class);
    long head = jdbc.queryForObject("""
        insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                            search_name, surname_key, given_name_key)
        values (?, 'HEAD', 'Миграционный', 'Тест', date '1980-05-01', 'MALE', 'AF', 'таджик', 'миграционный тест',
                'mgrtsnj', 'tst')
        returning id
        """, Long.class, c);
    long valid = certificate(c, head, "ASYLUM_SEEKER", "AS-2025-000001", "2025-11-30", null, "VALID");
    long superseded = certificate(c, head, "ASYLUM_SEEKER", "AS-2025-000002", "2025-06-10", null, "SUPERSEDED");
    long refugee = certificate(c, head, "REFUGEE", "RC-2025-000001", "2025-03-01", "2026-03-01", "VALID");

    flyway(null).migrate();

    assertThat(validUntil(valid)).isEqualTo(LocalDate.of(2025, 11, 30).plusMonths(3)).isEqualTo("2026-02-28");
    assertThat(validUntil(superseded)).isNull();
    assertThat(validUntil(refugee)).isEqualTo("2026-03-01");
    assertThat(jdbc.queryForObject("select count(*) from fingerprint", Long.class)).isZero();
  }

  private long certificate(long caseId, long holder, String type, String number, String issuedOn, String validUntil,
      String status) {
    return jdbc.queryForObject("""
        insert into certificate (case_id, type, number, holder_id, issued_on, valid_until, status)
        values (?, ?, ?, ?, cast(? as date), cast(? as date), ?) returning id
        """, Long.class, caseId, type, number, holder, issuedOn, validUntil, status);
  }

  private LocalDate validUntil(long id) {
    Date d = jdbc.queryForObject("select valid_until from certificate where id = ?", Date.class, id);
    return d == null ? null : d.toLocalDate();
  }

  private static Flyway flyway(String target) {
    return flyway(new DriverManagerDataSource(PostgresTest.Available.url(), PostgresTest.Available.user(),
        PostgresTest.Available.password()), target);
  }

  private static Flyway flyway(DataSource dataSource, String target) {
    var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .schemas(SCHEMA).defaultSchema(SCHEMA);
    return (target == null ? configuration : configuration.target(target)).load();
  }
}
