package kz.migration.refugee.recheck;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads recognised families straight into PostgreSQL's register tables (one head each, a valid refugee
 * certificate), as a decade of granted petitions would have left them. Case numbers use years 1000–1999,
 * which no real case has, and continue above every case loaded before: reruns on the same database never collide.
 */
final class RecognisedFamilies {

  /** The id range of the loaded families, both ends included. */
  record Loaded(long firstCaseId, long lastCaseId) {
    long count() {
      return lastCaseId - firstCaseId + 1;
    }
  }

  private RecognisedFamilies() {}

  /** {@code count} families whose certificates expire from {@code firstExpiry} on, spread over {@code spreadDays}. */
  static Loaded load(JdbcTemplate jdbc, int count, LocalDate firstExpiry, int spreadDays, String status) {
    long base = jdbc.queryForObject("select coalesce(max(id), 0) from family_case", Long.class);
    jdbc.update("""
        insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
        select 'RS-' || (1000 + (? + g) / 1000000) || '-' || lpad(((? + g) % 1000000)::text, 6, '0'),
               ?, date '2020-01-01', date '2020-01-10', 'Алматы', now(), 0
        from generate_series(1, ?) g
        """, base, base, status, count);
    long first = jdbc.queryForObject("select min(id) from family_case where id > ?", Long.class, base);
    long last = jdbc.queryForObject("select max(id) from family_case where id > ?", Long.class, base);
    jdbc.update("""
        insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                            search_name, surname_key, given_name_key)
        select id, 'HEAD', 'Нагрузочный', 'Тест', date '1980-01-01', 'MALE', 'AF', 'таджики',
               'нагрузочный тест', 'ngrzchnj', 'tst'
        from family_case where id between ? and ?
        """, first, last);
    jdbc.update("""
        insert into certificate (case_id, type, number, holder_id, issued_on, valid_until, status)
        select p.case_id, 'REFUGEE', 'RC-BENCH-' || p.id, p.id, ?::date - 365, ?::date + (p.case_id % ?)::int, 'VALID'
        from person p where p.case_id between ? and ?
        """, firstExpiry, firstExpiry, Math.max(spreadDays, 1), first, last);
    jdbc.execute("analyze family_case; analyze person; analyze certificate");
    return new Loaded(first, last);
  }
}
