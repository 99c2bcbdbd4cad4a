package kz.migration.refugee.reporting;

import kz.migration.refugee.needs.SpecificNeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.migration.refugee.registry.DeregistrationReason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's tables, computed from the register with {@link StatisticsQueries}. */
@Service
@Transactional(readOnly = true)
class Statistics {

  /** Families and persons side by side, as the programme counts. */
  record Count(long families, long persons) {}

  /** One row of a breakdown; {@code percent} of all persons counted, one decimal. */
  record Share(String key, long families, long persons, BigDecimal percent) {}

  record Refugees(LocalDate date, long families, long persons, List<Share> byCitizenship, List<Share> byEthnicity) {}

  record Petitions(LocalDate from, LocalDate to, Count received, Count granted, Count refused) {}

  record ReasonCount(String key, long families, long persons) {}

  record Deregistrations(LocalDate from, LocalDate to, Count total, List<ReasonCount> byReason,
                         Count previouslyRecognised) {}

  record Deadlines(LocalDate date, LocalDate warnUntil, long petitionsNearDeadline, long petitionsPastDeadline,
                   long rechecksDue, long rechecksOverdue) {}

  record Month(int month, Count received, Count granted, Count refused) {}

  record Monthly(int year, List<Month> months) {}

  record NeedCount(String key, String label, long families, long persons) {}

  /** Open cases with specific needs: any need, and each category (zeros included, in the categories' order). */
  record Needs(Count total, List<NeedCount> byNeed) {}

  private static final String GRANTED = "GRANTED";
  private static final String REFUSED = "REFUSED";
  private static final Count NONE = new Count(0, 0);

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Period deadlineWarning;

  Statistics(NamedParameterJdbcTemplate jdbc, Clock clock,
             @Value("${refugee.statistics.deadline-warning:P14D}") Period deadlineWarning) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.deadlineWarning = deadlineWarning;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Recognised refugees on a date, from the census read model. */
  Refugees refugees(LocalDate date) {
    var params = new MapSqlParameterSource("date", date);
    Count total = count(StatisticsQueries.REFUGEES_TOTAL, params);
    return new Refugees(date, total.families(), total.persons(),
        shares(StatisticsQueries.REFUGEES_BY, new MapSqlParameterSource(params.getValues())
            .addValue("dimension", "citizenship"), total.persons()),
        shares(StatisticsQueries.REFUGEES_BY, new MapSqlParameterSource(params.getValues())
            .addValue("dimension", "ethnicity"), total.persons()));
  }

  /** The same figures recounted from every person on the register: the reference the read model must equal. */
  Refugees recount(LocalDate date) {
    var params = new MapSqlParameterSource("date", date);
    Count total = count(StatisticsQueries.RECOUNT_TOTAL, params);
    return new Refugees(date, total.families(), total.persons(),
        shares(StatisticsQueries.RECOUNT_BY_CITIZENSHIP, params, total.persons()),
        shares(StatisticsQueries.RECOUNT_BY_ETHNICITY, params, total.persons()));
  }

  Petitions petitions(LocalDate from, LocalDate to) {
    var period = new MapSqlParameterSource("from", from).addValue("to", to)
        .addValue("fromTime", startOf(from)).addValue("toTime", startOf(to.plusDays(1)));
    Map<String, Count> decided = new HashMap<>();
    jdbc.query(StatisticsQueries.DECISIONS, period, rs -> {
      decided.put(rs.getString("outcome"), new Count(rs.getLong("families"), rs.getLong("persons")));
    });
    return new Petitions(from, to, count(StatisticsQueries.PETITIONS_RECEIVED, period),
        decided.getOrDefault(GRANTED, NONE), decided.getOrDefault(REFUSED, NONE));
  }

  /** {@link #petitions} for each month of the year, a query per figure for the whole year. */
  Monthly monthly(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    var period = new MapSqlParameterSource("from", first).addValue("to", first.plusYears(1).minusDays(1))
        .addValue("fromTime", startOf(first)).addValue("toTime", startOf(first.plusYears(1)));
    for (int m = 2; m <= 12; m++) {
      period.addValue("month" + m, startOf(first.withMonth(m)));
    }
    Count[] received = months();
    jdbc.query(StatisticsQueries.PETITIONS_RECEIVED_BY_MONTH, period, rs -> {
      received[rs.getInt("in_month") - 1] = new Count(rs.getLong("families"), rs.getLong("persons"));
    });
    Map<String, Count[]> decided = Map.of(GRANTED, months(), REFUSED, months());
    jdbc.query(StatisticsQueries.DECISIONS_BY_MONTH, period, rs -> {
      decided.get(rs.getString("outcome"))[rs.getInt("in_month") - 1] =
          new Count(rs.getLong("families"), rs.getLong("persons"));
    });
    return new Monthly(year, IntStream.rangeClosed(1, 12).mapToObj(m -> new Month(m, received[m - 1],
        decided.get(GRANTED)[m - 1], decided.get(REFUSED)[m - 1])).toList());
  }

  /** Twelve zero counts, January first. */
  private static Count[] months() {
    Count[] months = new Count[12];
    Arrays.fill(months, NONE);
    return months;
  }

  Deregistrations deregistrations(LocalDate from, LocalDate to) {
    var period = new MapSqlParameterSource("from", from).addValue("to", to);
    Map<String, ReasonCount> found = jdbc.query(StatisticsQueries.DEREGISTRATIONS_BY_REASON, period,
            (rs, n) -> new ReasonCount(rs.getString("group_key"), rs.getLong("families"), rs.getLong("persons")))
        .stream().collect(Collectors.toMap(r -> String.valueOf(r.key()), r -> r));
    // Every reason of the programme's table, in its order, zeros included.
    List<ReasonCount> byReason = Arrays.stream(DeregistrationReason.values())
        .map(r -> found.getOrDefault(r.code(), new ReasonCount(r.code(), 0, 0))).toList();
    return new Deregistrations(from, to, count(StatisticsQueries.DEREGISTRATIONS_TOTAL, period), byReason,
        count(StatisticsQueries.DEREGISTRATIONS_PREVIOUSLY_RECOGNISED, period));
  }

  Deadlines deadlines() {
    LocalDate today = today();
    LocalDate warnUntil = today.plus(deadlineWarning);
    var params = new MapSqlParameterSource("today", today).addValue("warnUntil", warnUntil);
    long[] petitions = jdbc.queryForObject(StatisticsQueries.PETITIONS_AT_RISK, params,
        (rs, n) -> new long[] {rs.getLong("near"), rs.getLong("past")});
    long[] rechecks = jdbc.queryForObject(StatisticsQueries.RECHECKS_OPEN, params,
        (rs, n) -> new long[] {rs.getLong("due"), rs.getLong("overdue")});
    return new Deadlines(today, warnUntil, petitions[0], petitions[1], rechecks[0], rechecks[1]);
  }

  Needs needs() {
    var none = new MapSqlParameterSource();
    Map<String, Count> found = new HashMap<>();
    jdbc.query(StatisticsQueries.OPEN_CASES_BY_NEED, none, rs -> {
      found.put(rs.getString("group_key"), new Count(rs.getLong("families"), rs.getLong("persons")));
    });
    List<NeedCount> byNeed = Arrays.stream(SpecificNeed.values()).map(n -> {
      Count c = found.getOrDefault(n.code(), new Count(0, 0));
      return new NeedCount(n.code(), n.label(), c.families(), c.persons());
    }).toList();
    return new Needs(count(StatisticsQueries.OPEN_CASES_WITH_NEEDS, none), byNeed);
  }

  private Count count(String sql, MapSqlParameterSource params) {
    return jdbc.queryForObject(sql, params, (rs, n) -> new Count(rs.getLong("families"), rs.getLong("persons")));
  }

  private List<Share> shares(String sql, MapSqlParameterSource params, long total) {
    return jdbc.query(sql, params, (rs, n) -> new Share(rs.getString("group_key"), rs.getLong("families"),
        rs.getLong("persons"), percent(rs.getLong("persons"), total)));
  }

  static BigDecimal percent(long part, long total) {
    return total == 0 ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
  }

  /** The department's midnight starting {@code day}, as the decision times are compared. */
  private OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
  }
}
