package kz.migration.refugee.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small register of 1990 written straight into the tables, as the processes (or an import of the historic
 * caseload) leave it: each decision with what it decided for each person, each person recognised from their
 * grant. Case numbers start with {@code ST-}, so that the register can be removed and written again on a
 * database other tests use too; 1990 lies before every other record.
 * <pre>
 * ST-1990-000001  filed 01-10  GRANTED 03-01 23:30            A1 AF таджик, A2 AF пуштун, A3 AF таджик (voluntary_return 06-01)
 * ST-1990-000002  filed 01-31  REFUSED 03-31, GRANTED 05-15   B1 AF хазареец, B2 AF хазареец  (appeal overturned)
 * ST-1990-000003  filed 02-01  REFUSED 04-01                  C1 TJ узбек (left_country 06-30)
 * ST-1990-000004  filed 01-05  GRANTED 02-15                  D1 AF таджик (death 06-01), D2 IR таджик (cessation 06-30), D3 AF узбек
 * ST-1990-000005  filed 07-02  PARTLY_GRANTED 07-20           E1 AF таджик granted, E2 AF таджик (adult son) refused
 *                                                             (refused 08-20), E3 AF узбек following E1
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
    jdbc.update("delete from placement where case_id in " + cases);
    jdbc.update("delete from accommodation_centre where name like 'ST-%'");
    jdbc.update("delete from recheck where case_id in " + cases);
    jdbc.update("delete from person_decision where decision_id in (select id from decision where case_id in "
        + cases + ")");
    jdbc.update("delete from decision where case_id in " + cases);
    jdbc.update("delete from petition where case_id in " + cases);
    jdbc.update("delete from person_specific_need where person_id in (select id from person where case_id in "
        + cases + ")");
    jdbc.update("delete from person where case_id in " + cases);
    jdbc.update("delete from family_case where case_number like 'ST-%'");
  }

  void write1990() {
    long a = family("ST-1990-000001", "GRANTED");
    long a1 = person(a, "HEAD", "AF", TAJIK, null, null);
    long a2 = person(a, "SPOUSE", "AF", PASHTUN, null, null);
    long a3 = person(a, "CHILD", "AF", TAJIK, day(6, 1), "voluntary_return");
    petition(a, day(1, 10), day(4, 10));
    long ad = decision(a, "GRANTED", day(3, 1).atTime(23, 30));
    ownGrounds(ad, a1, "GRANTED");
    derived(ad, a2, "GRANTED", "FAMILY_UNITY", a1);
    derived(ad, a3, "GRANTED", "FOLLOWS_PARENT", a1);
    recognise(day(3, 1), a1, a2, a3);

    long b = family("ST-1990-000002", "GRANTED");
    long b1 = person(b, "HEAD", "AF", HAZARA, null, null);
    long b2 = person(b, "SPOUSE", "AF", HAZARA, null, null);
    petition(b, day(1, 31), day(4, 30));
    long refused = decision(b, "REFUSED", day(3, 31).atTime(12, 0));
    ownGrounds(refused, b1, "REFUSED");
    ownGrounds(refused, b2, "REFUSED");
    long granted = decision(b, "GRANTED", day(5, 15).atTime(9, 0));
    ownGrounds(granted, b1, "GRANTED");
    derived(granted, b2, "GRANTED", "FAMILY_UNITY", b1);
    recognise(day(5, 15), b1, b2);

    long c = family("ST-1990-000003", "DEREGISTERED");
    long c1 = person(c, "HEAD", "TJ", UZBEK, day(6, 30), "left_country");
    petition(c, day(2, 1), day(5, 1));
    ownGrounds(decision(c, "REFUSED", day(4, 1).atTime(11, 0)), c1, "REFUSED");

    long d = family("ST-1990-000004", "GRANTED");
    long d1 = person(d, "HEAD", "AF", TAJIK, day(6, 1), "death");
    long d2 = person(d, "SPOUSE", "IR", TAJIK, day(6, 30), "cessation");
    long d3 = person(d, "CHILD", "AF", UZBEK, null, null);
    petition(d, day(1, 5), day(4, 5));
    long dd = decision(d, "GRANTED", day(2, 15).atTime(15, 0));
    ownGrounds(dd, d1, "GRANTED");
    ownGrounds(dd, d2, "GRANTED");
    derived(dd, d3, "GRANTED", "FOLLOWS_PARENT", d1);
    recognise(day(2, 15), d1, d2, d3);

    // a family partly granted: the head recognised with the young child, the adult son refused on his own grounds
    long e = family("ST-1990-000005", "GRANTED");
    long e1 = person(e, "HEAD", "AF", TAJIK, null, null);
    long e2 = person(e, "CHILD", "AF", TAJIK, day(8, 20), "refused");
    long e3 = person(e, "CHILD", "AF", UZBEK, null, null);
    petition(e, day(7, 2), day(10, 2));
    long ed = decision(e, "PARTLY_GRANTED", day(7, 20).atTime(10, 0));
    ownGrounds(ed, e1, "GRANTED");
    ownGrounds(ed, e2, "REFUSED");
    derived(ed, e3, "GRANTED", "FOLLOWS_PARENT", e1);
    recognise(day(7, 20), e1, e3);

    // the centres on 1990-05-31: «ST-Центр 1» full (A1, A2, A3, B1: two families), «ST-Центр 2» D3;
    // on 06-01 A3 (deregistered) and B1 (moved out) have left «ST-Центр 1»
    long first = centre("ST-Центр 1", 4);
    long second = centre("ST-Центр 2", 2);
    placement(a, a1, first, day(3, 1), null);
    placement(a, a2, first, day(3, 1), null);
    placement(a, a3, first, day(3, 1), day(6, 1));
    placement(b, b1, first, day(5, 15), day(6, 1));
    placement(d, d3, second, day(2, 20), null);
  }

  private long centre(String name, int capacity) {
    jdbc.update("insert into accommodation_centre (name, address, capacity, contact) values (?, 'Алматы', ?, '-')",
        name, capacity);
    return jdbc.queryForObject("select id from accommodation_centre where name = ?", Long.class, name);
  }

  private void placement(long caseId, long personId, long centreId, LocalDate from, LocalDate to) {
    jdbc.update("""
        insert into placement (case_id, person_id, centre_id, placed_on, left_on, leaving_reason, placed_by)
        values (?, ?, ?, ?, ?, ?, 'caseworker')
        """, caseId, personId, centreId, from, to, to == null ? null : "выехал(а)");
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

  /**
   * Specific needs in open and closed cases: ST-0000-000009 (under review) an unaccompanied child, a person with a
   * disability and one deregistered (other); ST-0000-000010 (registered) a person with a disability who survived
   * torture; ST-0000-000011 (granted, no longer open) a person with a disability.
   */
  void writeNeeds() {
    long open = family("ST-0000-000009", "UNDER_REVIEW");
    need(person(open, "HEAD", "AF", TAJIK, null, null), "unaccompanied_child");
    need(person(open, "CHILD", "AF", TAJIK, null, null), "disability");
    need(person(open, "CHILD", "AF", TAJIK, LocalDate.of(1990, 1, 1), "death"), "other");
    long registered = family("ST-0000-000010", "REGISTERED");
    long survivor = person(registered, "HEAD", "AF", HAZARA, null, null);
    need(survivor, "disability");
    need(survivor, "survivor_of_torture_or_violence");
    need(person(family("ST-0000-000011", "GRANTED"), "HEAD", "AF", UZBEK, null, null), "disability");
  }

  /**
   * {@code families} families from 1991 on (case numbers {@code ST-1991-}), drawn from {@code seed}: one to four
   * members of three citizenships and five ethnicities (one unknown), each granted on a day of 1991-1993 or never
   * (refused, or still waiting), some deregistered before, on or after the day of their grant; some written with
   * their grant at once, the others recognised afterwards. Returns the persons' ids.
   */
  List<Long> writeVaried(long seed, int families) {
    Random random = new Random(seed);
    List<Long> persons = new ArrayList<>();
    for (int f = 1; f <= families; f++) {
      long c = family("ST-1991-%06d".formatted(f), "GRANTED");
      for (int m = 0, n = 1 + random.nextInt(4); m < n; m++) {
        LocalDate granted = random.nextInt(5) == 0 ? null : VARIED_FROM.plusDays(random.nextInt(1000));
        LocalDate left = random.nextInt(3) > 0 ? null : VARIED_FROM.plusDays(random.nextInt(1100));
        String citizenship = CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)];
        String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
        long id = person(c, m == 0 ? "HEAD" : "CHILD", citizenship, ethnicity, left, left == null ? null : "other");
        if (granted != null) {
          recognise(granted, id);
        }
        persons.add(id);
      }
    }
    return persons;
  }

  /**
   * Changes to the persons of {@link #writeVaried} as the register sees them later, many backdated: a grant taking
   * effect earlier or later, a deregistration (on any day, also before the grant) or its reversal, a corrected
   * citizenship or ethnicity, a person moved to another family, a person removed, a person added already granted.
   */
  void changeVaried(long seed, List<Long> persons, int changes) {
    Random random = new Random(seed);
    for (int i = 0; i < changes && !persons.isEmpty(); i++) {
      long id = persons.get(random.nextInt(persons.size()));
      LocalDate day = VARIED_FROM.plusDays(random.nextInt(1100));
      switch (random.nextInt(8)) {
        case 0 -> jdbc.update("update person set recognised_on = ? where id = ?", day, id);
        case 1 -> jdbc.update("update person set deregistered_on = ?, deregistration_reason = 'other' where id = ?",
            day, id);
        case 2 -> jdbc.update("update person set deregistered_on = null, deregistration_reason = null where id = ?", id);
        case 3 -> jdbc.update("update person set citizenship = ? where id = ?",
            CITIZENSHIPS[random.nextInt(CITIZENSHIPS.length)], id);
        case 4 -> jdbc.update("update person set ethnicity = ? where id = ?",
            ETHNICITIES[random.nextInt(ETHNICITIES.length)], id);
        case 5 -> jdbc.update("update person set case_id = (select case_id from person where id = ?) where id = ?",
            persons.get(random.nextInt(persons.size())), id);
        case 6 -> {
          jdbc.update("delete from person where id = ?", id);
          persons.remove(Long.valueOf(id));
        }
        default -> jdbc.update("""
            insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                                search_name, surname_key, given_name_key, recognised_on)
            select case_id, 'CHILD', 'Статистический', 'Тест', date_of_birth, 'FEMALE', citizenship, ethnicity,
                   'статистический тест', 'sttstchskj', 'tst', cast(? as date) from person where id = ?
            """, day, id);
      }
    }
  }

  static final LocalDate VARIED_FROM = LocalDate.of(1991, 1, 1);
  private static final String[] CITIZENSHIPS = {"AF", "AF", "TJ", "IR"};
  private static final String[] ETHNICITIES = {TAJIK, TAJIK, PASHTUN, HAZARA, UZBEK, null};

  private void need(long personId, String code) {
    jdbc.update("insert into person_specific_need (person_id, need) values (?, ?)", personId, code);
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

  private long person(long caseId, String role, String citizenship, String ethnicity, LocalDate deregisteredOn,
                      String reason) {
    jdbc.update("""
        insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                            search_name, surname_key, given_name_key, deregistered_on, deregistration_reason)
        values (?, ?, 'Статистический', 'Тест', ?, 'MALE', ?, ?, 'статистический тест', 'sttstchskj', 'tst', ?, ?)
        """, caseId, role, LocalDate.of(1970, 1, 1), citizenship, ethnicity, deregisteredOn, reason);
    return jdbc.queryForObject("select max(id) from person where case_id = ?", Long.class, caseId);
  }

  private void recognise(LocalDate on, long... personIds) {
    for (long id : personIds) {
      jdbc.update("update person set recognised_on = ? where id = ?", on, id);
    }
  }

  private void petition(long caseId, LocalDate filedOn, LocalDate dueOn) {
    jdbc.update("""
        insert into petition (case_id, filed_on, language, filed_late, decision_due_on, deadline_extended, deadline_missed)
        values (?, ?, 'ru', false, ?, false, false)
        """, caseId, filedOn, dueOn);
  }

  private long decision(long caseId, String outcome, LocalDateTime at) {
    jdbc.update("""
        insert into decision (case_id, outcome, legal_ground, reasons, decided_by, decided_at)
        values (?, ?, 'art1-well-founded-fear', 'Основания проверены.', 'manager', ?)
        """, caseId, outcome, at.atZone(ZoneId.systemDefault()).toOffsetDateTime());
    return jdbc.queryForObject("select max(id) from decision where case_id = ?", Long.class, caseId);
  }

  private void ownGrounds(long decisionId, long personId, String outcome) {
    jdbc.update("""
        insert into person_decision (decision_id, person_id, outcome, basis, legal_ground, reasons)
        values (?, ?, ?, 'OWN_GROUNDS', 'art1-well-founded-fear', 'Основания проверены.')
        """, decisionId, personId, outcome);
  }

  private void derived(long decisionId, long personId, String outcome, String basis, long followsPersonId) {
    jdbc.update("""
        insert into person_decision (decision_id, person_id, outcome, basis, follows_person_id)
        values (?, ?, ?, ?, ?)
        """, decisionId, personId, outcome, basis, followsPersonId);
  }

  private void recheck(long caseId, LocalDate dueOn, boolean open) {
    jdbc.update("""
        insert into recheck (case_id, due_on, open_case_id, started_at, overdue)
        values (?, ?, ?, current_timestamp, false)
        """, caseId, dueOn, open ? caseId : null);
  }
}
