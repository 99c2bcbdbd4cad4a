package kz.migration.refugee.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small register of 1990 written straight into the tables, as the processes (or an import of the historic
 * caseload) leave it. Case numbers start with {@code ST-}, so that the register can be removed and written
 * again on a database other tests use too; 1990 lies before every other record.
 * <pre>
 * ST-1990-000001  filed 01-10  GRANTED 03-01 23:30            A1 AF таджик, A2 AF пуштун, A3 AF таджик (voluntary_return 06-01)
 * ST-1990-000002  filed 01-31  REFUSED 03-31, GRANTED 05-15   B1 AF хазареец, B2 AF хазареец  (appeal overturned)
 * ST-1990-000003  filed 02-01  REFUSED 04-01                  C1 TJ узбек (left_country 06-30)
 * ST-1990-000004  filed 01-05  GRANTED 02-15                  D1 AF таджик (death 06-01), D2 IR таджик (cessation 06-30), D3 AF узбек
 * </pre>
 * And, relative to today, petitions awaiting a decision and rechecks in flight (case numbers {@code ST-0000-}).
 */
final class StatisticsRegister {

  static final String TAJIK = "таджик";
  static final String PASHTUN = "пуштун";
  static final String HAZARA = "хазареец";
  static final String UZBEK = "узбек";

  private final JdbcTemplate jdbc;

  StatisticsRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void remove() {
    String cases = "(select id from family_case where case_number like 'ST-%')";
    jdbc.update("delete from recheck where case_id in " + cases);
    jdbc.update("delete from decision where case_id in " + cases);
    jdbc.update("delete from petition where case_id in " + cases);
    jdbc.update("delete from person where case_id in " + cases);
    jdbc.update("delete from family_case where case_number like 'ST-%'");
  }

  void write1990() {
    long a = family("ST-1990-000001", "GRANTED");
    person(a, "HEAD", "AF", TAJIK, null, null);
    person(a, "SPOUSE", "AF", PASHTUN, null, null);
    person(a, "CHILD", "AF", TAJIK, day(6, 1), "voluntary_return");
    petition(a, day(1, 10), day(4, 10));
    decision(a, "GRANTED", day(3, 1).atTime(23, 30));

    long b = family("ST-1990-000002", "GRANTED");
    person(b, "HEAD", "AF", HAZARA, null, null);
    person(b, "SPOUSE", "AF", HAZARA, null, null);
    petition(b, day(1, 31), day(4, 30));
    decision(b, "REFUSED", day(3, 31).atTime(12, 0));
    decision(b, "GRANTED", day(5, 15).atTime(9, 0));

    long c = family("ST-1990-000003", "DEREGISTERED");
    person(c, "HEAD", "TJ", UZBEK, day(6, 30), "left_country");
    petition(c, day(2, 1), day(5, 1));
    decision(c, "REFUSED", day(4, 1).atTime(11, 0));

    long d = family("ST-1990-000004", "GRANTED");
    person(d, "HEAD", "AF", TAJIK, day(6, 1), "death");
    person(d, "SPOUSE", "IR", TAJIK, day(6, 30), "cessation");
    person(d, "CHILD", "AF", UZBEK, null, null);
    petition(d, day(1, 5), day(4, 5));
    decision(d, "GRANTED", day(2, 15).atTime(15, 0));
  }

  /** Two petitions near their deadline, one past it, one later, one past but decided; a recheck due, one overdue. */
  void writeDeadlines(LocalDate today) {
    petition(family("ST-0000-000001", "UNDER_REVIEW"), today.minusMonths(3), today.minusDays(1));
    petition(family("ST-0000-000002", "REGISTERED"), today.minusMonths(3), today);
    petition(family("ST-0000-000003", "UNDER_REVIEW"), today.minusMonths(2), today.plusDays(14));
    petition(family("ST-0000-000004", "UNDER_REVIEW"), today.minusMonths(2), today.plusDays(15));
    petition(family("ST-0000-000005", "GRANTED"), today.minusMonths(4), today.minusDays(1));
    recheck(family("ST-0000-000006", "GRANTED"), today, true);
    recheck(family("ST-0000-000007", "GRANTED"), today.minusDays(1), true);
    recheck(family("ST-0000-000008", "GRANTED"), today.minusDays(1), false);
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(1990, month, day);
  }

  private long family(String caseNumber, String status) {
    jdbc.update("""
        insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
        values (?, ?, ?, ?, 'Алматы', current_timestamp, 0)
        """, caseNumber, status, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 2));
    return jdbc.queryForObject("select id from family_case where case_number = ?", Long.class, caseNumber);
  }

  private void person(long caseId, String role, String citizenship, String ethnicity, LocalDate deregisteredOn,
                      String reason) {
    jdbc.update("""
        insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                            search_name, surname_key, given_name_key, deregistered_on, deregistration_reason)
        values (?, ?, 'Статистический', 'Тест', ?, 'MALE', ?, ?, 'статистический тест', 'sttstchskj', 'tst', ?, ?)
        """, caseId, role, LocalDate.of(1970, 1, 1), citizenship, ethnicity, deregisteredOn, reason);
  }

  private void petition(long caseId, LocalDate filedOn, LocalDate dueOn) {
    jdbc.update("""
        insert into petition (case_id, filed_on, language, filed_late, decision_due_on, deadline_extended, deadline_missed)
        values (?, ?, 'ru', false, ?, false, false)
        """, caseId, filedOn, dueOn);
  }

  private void decision(long caseId, String outcome, LocalDateTime at) {
    jdbc.update("""
        insert into decision (case_id, outcome, legal_ground, reasons, decided_by, decided_at)
        values (?, ?, 'art1-well-founded-fear', 'Основания проверены.', 'manager', ?)
        """, caseId, outcome, at.atZone(ZoneId.systemDefault()).toOffsetDateTime());
  }

  private void recheck(long caseId, LocalDate dueOn, boolean open) {
    jdbc.update("""
        insert into recheck (case_id, due_on, open_case_id, started_at, overdue)
        values (?, ?, ?, current_timestamp, false)
        """, caseId, dueOn, open ? caseId : null);
  }
}
