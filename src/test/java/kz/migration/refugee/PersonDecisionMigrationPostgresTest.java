package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration to decisions per person (V19) on a register as V18 kept it, family-level: in a schema of its own,
 * migrated to V18, written as the processes wrote it then, then migrated to the latest version. Nothing is lost: every
 * decision stays, each member is decided by it on the basis the family's decision implied, the family's assessment
 * and recommendation become the principal applicant's, and the members of the granted family are recognised.
 */
@PostgresTest
class PersonDecisionMigrationPostgresTest {

  private static final String SCHEMA = "v18_migration_test";
  private static final OffsetDateTime GRANTED_AT = OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime REFUSED_AT = OffsetDateTime.of(2024, 4, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  private DriverManagerDataSource admin;
  private JdbcTemplate jdbc;

  @BeforeEach
  void emptySchema() {
    admin = new DriverManagerDataSource(PostgresTest.Available.url(), PostgresTest.Available.user(),
        PostgresTest.Available.password());
    dropSchema();
    // the schema's own connections: every statement of the test reads and writes the migrated schema
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
  void familyDecisionsOfV18BecomeADecisionPerPersonWithNothingLost() {
    flyway(admin, "18").migrate();

    long granted = family("RS-2024-000001", "GRANTED");
    long head = person(granted, "HEAD", LocalDate.of(1980, 5, 1));
    long spouse = person(granted, "SPOUSE", LocalDate.of(1982, 7, 1));
    long elder = person(granted, "CHILD", LocalDate.of(2010, 1, 1));
    long younger = person(granted, "CHILD", LocalDate.of(2014, 1, 1));
    long grantedAssessment = assessment(granted, GRANTED_AT.minusDays(10));
    long grantedRecommendation = recommendation(granted, grantedAssessment, "GRANT", GRANTED_AT.minusDays(10));
    long grant = decision(granted, "GRANTED", "art1-well-founded-fear", "Опасения обоснованы.", GRANTED_AT);

    long refused = family("RS-2024-000002", "CLOSED");
    long alone = person(refused, "HEAD", LocalDate.of(1975, 2, 1));
    long refusedAssessment = assessment(refused, REFUSED_AT.minusDays(5));
    long refusedRecommendation = recommendation(refused, refusedAssessment, "REFUSE", REFUSED_AT.minusDays(5));
    long refusal = decision(refused, "REFUSED", "art12-no-well-founded-fear", "Опасения не подтверждены.", REFUSED_AT);

    flyway(admin, null).migrate();
    assertThat(Integer.parseInt(flyway(admin, null).info().current().getVersion().getVersion()))
        .isGreaterThanOrEqualTo(19);

    assertThat(jdbc.queryForList("select id, outcome from decision order by id")).containsExactly(
        Map.of("id", grant, "outcome", "GRANTED"), Map.of("id", refusal, "outcome", "REFUSED"));
    assertThat(personDecisions(grant)).containsExactly(
        List.of(head, "GRANTED", "OWN_GROUNDS", "art1-well-founded-fear", "Опасения обоснованы.", "-",
            grantedRecommendation),
        List.of(spouse, "GRANTED", "FAMILY_UNITY", "art1-well-founded-fear", "-", head, "-"),
        List.of(elder, "GRANTED", "FOLLOWS_PARENT", "-", "-", head, "-"),
        List.of(younger, "GRANTED", "FOLLOWS_PARENT", "-", "-", head, "-"));
    assertThat(personDecisions(refusal)).containsExactly(
        List.of(alone, "REFUSED", "OWN_GROUNDS", "art12-no-well-founded-fear", "Опасения не подтверждены.", "-",
            refusedRecommendation));
    // consent to family unity was not recorded before per-person decisions
    assertThat(jdbc.queryForObject("select count(*) from person_decision where consent_on is not null", Long.class))
        .isZero();

    assertThat(jdbc.queryForObject("select person_id from assessment where id = ?", Long.class, grantedAssessment))
        .isEqualTo(head);
    assertThat(jdbc.queryForObject("select person_id from assessment where id = ?", Long.class, refusedAssessment))
        .isEqualTo(alone);
    assertThat(jdbc.queryForObject("select person_id from recommendation where id = ?", Long.class,
        grantedRecommendation)).isEqualTo(head);
    assertThat(jdbc.queryForObject("select person_id from recommendation where id = ?", Long.class,
        refusedRecommendation)).isEqualTo(alone);

    assertThat(jdbc.queryForList("select id, recognised_on from person order by id")).containsExactly(
        Map.of("id", head, "recognised_on", java.sql.Date.valueOf("2024-03-01")),
        Map.of("id", spouse, "recognised_on", java.sql.Date.valueOf("2024-03-01")),
        Map.of("id", elder, "recognised_on", java.sql.Date.valueOf("2024-03-01")),
        Map.of("id", younger, "recognised_on", java.sql.Date.valueOf("2024-03-01")),
        nullRecognition(alone));
  }

  @Test
  void theMigratedDecisionsHoldToTheChecksOfPerPersonDecisions() {
    flyway(admin, "18").migrate();
    long c = family("RS-2024-000003", "GRANTED");
    long head = person(c, "HEAD", LocalDate.of(1980, 5, 1));
    long child = person(c, "CHILD", LocalDate.of(2012, 1, 1));
    long grant = decision(c, "GRANTED", "art1-well-founded-fear", "Опасения обоснованы.", GRANTED_AT);
    flyway(admin, null).migrate();

    assertThat(jdbc.queryForObject("select count(*) from person_decision where decision_id = ?", Long.class, grant))
        .isEqualTo(2);
    // a decision act may now be partly granted; a person's outcome is one or the other
    jdbc.update("update decision set outcome = 'PARTLY_GRANTED' where id = ?", grant);
    assertThatThrownBy(() -> jdbc.update("update decision set outcome = 'MAYBE' where id = ?", grant))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("update person_decision set outcome = 'PARTLY_GRANTED' where person_id = ?",
        head)).isInstanceOf(DataIntegrityViolationException.class);
    // own grounds follow nobody and name their ground and reasons; a derived status follows somebody
    assertThatThrownBy(() -> jdbc.update("update person_decision set follows_person_id = ? where person_id = ?",
        child, head)).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("update person_decision set reasons = null where person_id = ?", head))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("update person_decision set follows_person_id = null where person_id = ?",
        child)).isInstanceOf(DataIntegrityViolationException.class);
    // one row per person and decision
    assertThatThrownBy(() -> jdbc.update("""
        insert into person_decision (decision_id, person_id, outcome, basis, follows_person_id)
        values (?, ?, 'GRANTED', 'FOLLOWS_PARENT', ?)
        """, grant, child, head)).isInstanceOf(DataIntegrityViolationException.class);
  }

  private static Flyway flyway(DataSource dataSource, String target) {
    var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .schemas(SCHEMA).defaultSchema(SCHEMA);
    return (target == null ? configuration : configuration.target(target)).load();
  }

  private static Map<String, Object> nullRecognition(long id) {
    var row = new java.util.LinkedHashMap<String, Object>();
    row.put("id", id);
    row.put("recognised_on", null);
    return row;
  }

  /** Person, outcome, basis, ground, reasons, followed person, recommendation; "-" for none. */
  private List<List<Object>> personDecisions(long decisionId) {
    return jdbc.query("""
        select person_id, outcome, basis, legal_ground, reasons, follows_person_id, recommendation_id
          from person_decision where decision_id = ? order by person_id
        """, (rs, n) -> {
          List<Object> row = new java.util.ArrayList<>();
          for (int i = 1; i <= 7; i++) {
            Object value = rs.getObject(i);
            row.add(value == null ? "-" : value);
          }
          return row;
        }, decisionId);
  }

  private long family(String caseNumber, String status) {
    return jdbc.queryForObject("""
        insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
        values (?, ?, date '2024-01-10', date '2024-01-12', 'Алматы', now(), 0) returning id
        """, Long.class, caseNumber, status);
  }

  private long person(long caseId, String role, LocalDate born) {
    return jdbc.queryForObject("""
        insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                            search_name, surname_key, given_name_key)
        values (?, ?, 'Миграционный', 'Тест', ?, 'MALE', 'AF', 'таджик', 'миграционный тест', 'mgrtsnj', 'tst')
        returning id
        """, Long.class, caseId, role, born);
  }

  private long assessment(long caseId, OffsetDateTime at) {
    return jdbc.queryForObject("""
        insert into assessment (case_id, facts, credibility, well_founded_fear, exclusion_indicators, recommendation,
                                assessed_by, assessed_at)
        values (?, 'Факты изложены.', 'CREDIBLE', true, false, 'GRANT', 'caseworker', ?) returning id
        """, Long.class, caseId, at);
  }

  private long recommendation(long caseId, long assessmentId, String outcome, OffsetDateTime at) {
    return jdbc.queryForObject("""
        insert into recommendation (case_id, outcome, rule_fired, inputs, rules_version, assessment_id, evaluated_at)
        values (?, ?, 'rule', '{}', 'v1', ?, ?) returning id
        """, Long.class, caseId, outcome, assessmentId, at);
  }

  private long decision(long caseId, String outcome, String ground, String reasons, OffsetDateTime at) {
    return jdbc.queryForObject("""
        insert into decision (case_id, outcome, legal_ground, reasons, decided_by, decided_at)
        values (?, ?, ?, ?, 'manager', ?) returning id
        """, Long.class, caseId, outcome, ground, reasons, at);
  }
}
