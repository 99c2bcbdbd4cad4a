package kz.migration.refugee.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import kz.migration.refugee.BenchDatabase;
import kz.migration.refugee.BenchFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics at a million persons, on PostgreSQL: loads {@code bench.persons} (default 1 000 000) persons in
 * 400 000 families with petitions, decisions (refusals, grants, regrants after appeal), deregistrations and
 * rechecks by bulk SQL, unless already loaded (the census triggers off meanwhile, then the read model filled as
 * migration 32 fills it). Then times each statistics request as the endpoints make it (the service, without HTTP),
 * p50 and p95, the census both from its read model and by the full recount it replaced, and checks on some dates that
 * both answer the same (and a year by month as its twelve months one by one); times a change of one person's status with the census triggers and without; prints each
 * query's plan ({@code EXPLAIN ANALYZE}). All to {@code target/bench-statistics.txt}.
 * <p>
 * {@code BENCH_POSTGRES_URL=... ./mvnw -Pbench test -Dtest=StatisticsBenchmark} (default database
 * {@code refugee_bench}; {@code -Dbench.fresh=true} empties it first). Case numbers {@code BS-...}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "logging.level.org.camunda=warn")
@ActiveProfiles("test")
class StatisticsBenchmark {

  private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
  private static final int RUNS = Integer.getInteger("bench.runs", 40);
  private static final int RECOUNT_RUNS = Integer.getInteger("bench.recount-runs", 12);
  private static final List<String> TRIGGERS =
      List.of("census_person_inserted", "census_person_updated", "census_person_deleted");

  @Autowired JdbcTemplate jdbc;
  @Autowired NamedParameterJdbcTemplate named;
  @Autowired Statistics statistics;
  @Autowired TransactionTemplate transaction;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use(registry);
  }

  @BeforeAll
  static void emptyDatabase() throws Exception {
    if (Boolean.getBoolean("bench.fresh")) {
      BenchDatabase.empty();
    }
  }

  @Test
  void timesEveryStatisticsRequestAtAMillionPersons() throws IOException {
    List<String> report = new ArrayList<>();
    long t0 = System.nanoTime();
    load(PERSONS * 2 / 5);
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    // filled again on every run (also after a load), timing what migration 32 does on an existing register
    long t1 = System.nanoTime();
    fill();
    long fillMs = (System.nanoTime() - t1) / 1_000_000;
    // as autovacuum leaves a settled register: statistics and the visibility map (index-only scans)
    for (String table : List.of("family_case", "person", "petition", "decision", "person_decision", "recheck",
        "census_change", "census_count")) {
      jdbc.execute("vacuum analyze " + table);
    }
    long persons = jdbc.queryForObject("select count(*) from person", Long.class);
    assertThat(persons).isGreaterThanOrEqualTo(PERSONS);
    report.add(String.format(Locale.ROOT,
        "statistics at %,d persons, %,d families, PostgreSQL %s, %d cores (load %,d ms, census read model filled in %,d ms; "
            + "census_count %,d rows, census_change %,d rows)",
        persons, jdbc.queryForObject("select count(*) from family_case", Long.class),
        jdbc.queryForObject("show server_version", String.class), Runtime.getRuntime().availableProcessors(),
        loadMs, fillMs, jdbc.queryForObject("select count(*) from census_count", Long.class),
        jdbc.queryForObject("select count(*) from census_change", Long.class)));

    // the read model answers as the recount, on dates across the register
    Random random = new Random(1);
    for (int i = 0; i < 4; i++) {
      LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9800));
      assertThat(statistics.refugees(day)).as("census on %s", day).isEqualTo(statistics.recount(day));
    }

    // a year by month answers as twelve one-month periods
    int checkedYear = 2000 + random.nextInt(25);
    List<Statistics.Month> months = statistics.monthly(checkedYear).months();
    for (int m = 1; m <= 12; m++) {
      LocalDate first = LocalDate.of(checkedYear, m, 1);
      Statistics.Petitions p = statistics.petitions(first, first.plusMonths(1).minusDays(1));
      assertThat(months.get(m - 1)).as("%d-%02d", checkedYear, m)
          .isEqualTo(new Statistics.Month(m, p.received(), p.granted(), p.refused()));
    }

    report.add(String.format(Locale.ROOT, "%-52s %6s %10s %10s", "request (service, as the endpoint)", "runs",
        "p50 ms", "p95 ms"));
    report.add(time("refugees?date= (read model)", RUNS,
        () -> statistics.refugees(randomDay(random)).persons()));
    report.add(time("refugees?date= (full recount, before)", RECOUNT_RUNS,
        () -> statistics.recount(randomDay(random)).persons()));
    report.add(time("petitions?from=&to= (a year)", RUNS, () -> {
      LocalDate from = LocalDate.of(2000 + random.nextInt(25), 1, 1);
      return statistics.petitions(from, from.plusYears(1).minusDays(1)).received().persons();
    }));
    report.add(time("monthly?year=", RUNS / 4, () -> statistics.monthly(2000 + random.nextInt(25)).months().size()));
    report.add(time("deregistrations?from=&to= (a year)", RUNS, () -> {
      LocalDate from = LocalDate.of(2000 + random.nextInt(25), 1, 1);
      return statistics.deregistrations(from, from.plusYears(1).minusDays(1)).total().persons();
    }));
    report.add(time("deadlines", RUNS, () -> statistics.deadlines().rechecksDue()));
    report.add(time("needs", RUNS, () -> statistics.needs().total().persons()));

    // what the census triggers add to a change of status: one person deregistered on a past day, and back
    List<Long> ids = jdbc.queryForList("""
        select id from person where recognised_on is not null and deregistered_on is null order by id limit 200
        """, Long.class);
    report.add(changes("deregistration and its reversal, backdated (triggers)", ids));
    TRIGGERS.forEach(t -> jdbc.execute("alter table person disable trigger " + t));
    try {
      report.add(changes("deregistration and its reversal, backdated (no triggers)", ids));
    } finally {
      TRIGGERS.forEach(t -> jdbc.execute("alter table person enable trigger " + t));
    }
    LocalDate check = LocalDate.of(2012, 6, 30);
    assertThat(statistics.refugees(check)).isEqualTo(statistics.recount(check));

    LocalDate date = LocalDate.of(2020, 1, 1);
    LocalDate from = LocalDate.of(2019, 1, 1);
    LocalDate to = LocalDate.of(2019, 12, 31);
    var onDate = new MapSqlParameterSource("date", date);
    var period = new MapSqlParameterSource("from", from).addValue("to", to)
        .addValue("fromTime", midnight(from)).addValue("toTime", midnight(to.plusDays(1)));
    var year = new MapSqlParameterSource(period.getValues());
    for (int m = 2; m <= 12; m++) {
      year.addValue("month" + m, midnight(from.withMonth(m)));
    }
    var deadlines = new MapSqlParameterSource("today", LocalDate.now()).addValue("warnUntil", LocalDate.now().plusDays(14));
    Map<String, Object[]> queries = new LinkedHashMap<>();
    queries.put("refugees: total", new Object[] {StatisticsQueries.REFUGEES_TOTAL, onDate});
    queries.put("refugees: by ethnicity", new Object[] {StatisticsQueries.REFUGEES_BY,
        new MapSqlParameterSource(onDate.getValues()).addValue("dimension", "ethnicity")});
    queries.put("recount: total", new Object[] {StatisticsQueries.RECOUNT_TOTAL, onDate});
    queries.put("recount: by citizenship", new Object[] {StatisticsQueries.RECOUNT_BY_CITIZENSHIP, onDate});
    queries.put("petitions: received", new Object[] {StatisticsQueries.PETITIONS_RECEIVED, period});
    queries.put("petitions: granted and refused", new Object[] {StatisticsQueries.DECISIONS, period});
    queries.put("monthly: received by month", new Object[] {StatisticsQueries.PETITIONS_RECEIVED_BY_MONTH, period});
    queries.put("monthly: decided by month", new Object[] {StatisticsQueries.DECISIONS_BY_MONTH, year});
    queries.put("deregistrations: total", new Object[] {StatisticsQueries.DEREGISTRATIONS_TOTAL, period});
    queries.put("deregistrations: by reason", new Object[] {StatisticsQueries.DEREGISTRATIONS_BY_REASON, period});
    queries.put("deregistrations: previously recognised",
        new Object[] {StatisticsQueries.DEREGISTRATIONS_PREVIOUSLY_RECOGNISED, period});
    queries.put("deadlines: petitions at risk", new Object[] {StatisticsQueries.PETITIONS_AT_RISK, deadlines});
    queries.put("deadlines: rechecks open", new Object[] {StatisticsQueries.RECHECKS_OPEN, deadlines});
    queries.put("needs: open cases by need", new Object[] {StatisticsQueries.OPEN_CASES_BY_NEED,
        new MapSqlParameterSource()});

    report.add("");
    report.add(String.format(Locale.ROOT, "%-42s %14s %12s", "query (plans below)", "EXPLAIN cost", "actual ms"));
    List<String> plans = new ArrayList<>();
    for (var q : queries.entrySet()) {
      String sql = (String) q.getValue()[0];
      var params = (MapSqlParameterSource) q.getValue()[1];
      named.query("select 1 from (" + sql + ") warm", params, rs -> {}); // warm the cache
      String plan = String.join("\n", named.queryForList("explain " + sql, params, String.class));
      String analyzed = String.join("\n", named.queryForList("explain (analyze, buffers) " + sql, params, String.class));
      report.add(String.format(Locale.ROOT, "%-42s %14s %12s", q.getKey(), cost(plan), executionMs(analyzed)));
      plans.add(q.getKey());
      plans.add(indent(analyzed));
    }
    report.add("");
    report.addAll(plans);
    report.forEach(System.out::println);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/bench-statistics.txt"), report);
  }

  /** The census read model filled from the register, as migration 32 fills it, in one transaction. */
  private void fill() {
    transaction.executeWithoutResult(t -> CensusMigration.FILL.forEach(jdbc::execute));
  }

  private static LocalDate randomDay(Random random) {
    return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9800));
  }

  private String changes(String what, List<Long> ids) {
    double[] ms = new double[ids.size() * 2];
    int i = 0;
    for (long id : ids) {
      long t = System.nanoTime();
      jdbc.update("""
          update person set deregistered_on = recognised_on + 30, deregistration_reason = 'other' where id = ?
          """, id);
      ms[i++] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      jdbc.update("update person set deregistered_on = null, deregistration_reason = null where id = ?", id);
      ms[i++] = (System.nanoTime() - t) / 1e6;
    }
    return percentiles(what, ms);
  }

  private static String time(String what, int runs, java.util.function.LongSupplier request) {
    request.getAsLong(); // warm
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      request.getAsLong();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return percentiles(what, ms);
  }

  private static String percentiles(String what, double[] ms) {
    double[] p = BenchFigures.p50p95(ms);
    return String.format(Locale.ROOT, "%-52s %6d %10.1f %10.1f", what, ms.length, p[0], p[1]);
  }

  /** Loads the register by bulk SQL with the census triggers off; false when it was already loaded. */
  private boolean load(int families) {
    Long loaded = jdbc.queryForObject("select count(*) from family_case where case_number like 'BS-%'", Long.class);
    if (loaded >= families) {
      return false;
    }
    TRIGGERS.forEach(t -> jdbc.execute("alter table person disable trigger " + t));
    try {
      bulkLoad(families);
    } finally {
      TRIGGERS.forEach(t -> jdbc.execute("alter table person enable trigger " + t));
    }
    return true;
  }

  private void bulkLoad(int families) {
    long base = jdbc.queryForObject("select coalesce(max(id), 0) from family_case", Long.class);
    // 70 % granted, 20 % refused, 10 % still under review; filed over 25 years from 2000
    jdbc.update("""
        insert into family_case (case_number, status, arrival_date, registered_on, address, created_at, version)
        select 'BS-' || (? + g), case when g % 10 < 7 then 'GRANTED' when g % 10 < 9 then 'REFUSED' else 'UNDER_REVIEW' end,
               date '2000-01-01' + (g % 9000), date '2000-01-02' + (g % 9000), 'Алматы', now(), 0
        from generate_series(1, ?) g
        """, base, families);
    // 1 to 4 members (2.5 on average); every tenth person deregistered for one of the six reasons
    jdbc.update("""
        insert into person (case_id, role, surname, given_name, date_of_birth, sex, citizenship, ethnicity,
                            search_name, surname_key, given_name_key, deregistered_on, deregistration_reason)
        select f.id, case when k = 1 then 'HEAD' else 'CHILD' end, 'Нагрузочный', 'Тест', date '1980-01-01', 'MALE',
               (array['AF','AF','AF','AF','AF','AF','AF','AF','TJ','IR'])[1 + (f.id + k) % 10],
               (array['таджик','таджик','таджик','таджик','таджик','таджик','пуштун','хазареец','узбек','другие'])[1 + (f.id * 7 + k) % 10],
               'нагрузочный тест', 'ngrzchnj', 'tst',
               case when (f.id + k) % 10 = 0 then f.registered_on + 400 + ((f.id + k) % 1000)::int end,
               case when (f.id + k) % 10 = 0 then (array['voluntary_return','cessation','deprivation','left_country','death','other'])[1 + ((f.id + k) / 10) % 6] end
        from family_case f cross join lateral generate_series(1, 1 + (f.id % 4)::int) k
        where f.id > ? and f.case_number like 'BS-%'
        """, base);
    jdbc.update("""
        insert into petition (case_id, filed_on, language, filed_late, decision_due_on, deadline_extended, deadline_missed)
        select id, registered_on, 'ru', false, registered_on + 90, false, false
        from family_case where id > ? and case_number like 'BS-%'
        """, base);
    // a decision 60 days after registration; every 25th refusal overturned on appeal and granted 200 days after
    jdbc.update("""
        insert into decision (case_id, outcome, legal_ground, reasons, decided_by, decided_at)
        select id, case when status = 'REFUSED' then 'REFUSED' else 'GRANTED' end, 'art1-well-founded-fear', '-',
               'manager', (registered_on + 60)::timestamp at time zone 'UTC' + interval '10 hours'
        from family_case where id > ? and case_number like 'BS-%' and status <> 'UNDER_REVIEW'
        """, base);
    jdbc.update("""
        insert into decision (case_id, outcome, legal_ground, reasons, decided_by, decided_at)
        select id, 'GRANTED', 'art1-well-founded-fear', '-', 'manager',
               (registered_on + 200)::timestamp at time zone 'UTC' + interval '10 hours'
        from family_case where id > ? and case_number like 'BS-%' and status = 'REFUSED' and id % 25 = 0
        """, base);
    // each decision decides every member: the head on own grounds, the others following the head
    jdbc.update("""
        insert into person_decision (decision_id, person_id, outcome, basis, legal_ground, reasons, follows_person_id)
        select d.id, p.id, d.outcome, case when p.role = 'HEAD' then 'OWN_GROUNDS' else 'FOLLOWS_PARENT' end,
               case when p.role = 'HEAD' then d.legal_ground end, case when p.role = 'HEAD' then d.reasons end,
               case when p.role <> 'HEAD' then h.id end
        from decision d
        join family_case f on f.id = d.case_id
        join person p on p.case_id = d.case_id
        join person h on h.case_id = d.case_id and h.role = 'HEAD'
        where f.id > ? and f.case_number like 'BS-%'
        """, base);
    jdbc.update("""
        update person set recognised_on = (
            select min(cast(d.decided_at as date)) from person_decision pd join decision d on d.id = pd.decision_id
            where pd.person_id = person.id and pd.outcome = 'GRANTED')
        where case_id > ?
        """, base);
    jdbc.update("""
        insert into recheck (case_id, due_on, open_case_id, started_at, overdue)
        select id, current_date + (id % 60)::int - 20, case when id % 2 = 0 then id end, now(), false
        from family_case where id > ? and case_number like 'BS-%' and status = 'GRANTED' and id % 20 = 0
        """, base);
  }

  private static java.time.OffsetDateTime midnight(LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
  }

  private static String cost(String plan) {
    var m = java.util.regex.Pattern.compile("cost=[0-9.]+\\.\\.([0-9.]+)").matcher(plan);
    return m.find() ? m.group(1) : "?";
  }

  private static String executionMs(String analyzed) {
    var m = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(analyzed);
    return m.find() ? m.group(1) : "?";
  }

  private static String indent(String text) {
    return "    " + text.replace("\n", "\n    ");
  }
}
