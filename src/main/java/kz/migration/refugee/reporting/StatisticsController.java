package kz.migration.refugee.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.migration.refugee.reception.Occupancy;
import kz.migration.refugee.reception.Placements;
import kz.migration.refugee.schooling.SchoolReferrals;
import kz.migration.refugee.schooling.Schooling;
import kz.migration.refugee.shared.CsvTable;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.ProductPage;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The programme's statistics for managers and auditors: JSON by default, CSV with {@code Accept: text/csv}
 * or the {@code .csv} path (the same columns, one row per figure), and the dashboard page.
 * Parameters are read as text and checked here, so that a malformed date is answered 400 naming it.
 */
@RestController
@ProductPage
@RequestMapping("/api/statistics")
@PreAuthorize("hasAnyRole('managers','auditors')")
class StatisticsController {

  private final Statistics statistics;
  private final Workload workload;
  private final Placements placements;
  private final SchoolReferrals schooling;

  StatisticsController(Statistics statistics, Workload workload, Placements placements, SchoolReferrals schooling) {
    this.statistics = statistics;
    this.workload = workload;
    this.placements = placements;
    this.schooling = schooling;
  }

  @GetMapping(value = "/refugees", produces = MediaType.APPLICATION_JSON_VALUE)
  Statistics.Refugees refugees(@RequestParam(required = false) String date) {
    return statistics.refugees(date == null ? statistics.today() : date("date", date));
  }

  @GetMapping(value = {"/refugees", "/refugees.csv"}, produces = "text/csv")
  CsvTable refugeesCsv(@RequestParam(required = false) String date) {
    Statistics.Refugees r = refugees(date);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("date", "breakdown", "key", "families", "persons", "percent"));
    rows.add(row(r.date(), "total", null, r.families(), r.persons(),
        Statistics.percent(r.persons(), r.persons())));
    r.byCitizenship().forEach(s -> rows.add(row(r.date(), "citizenship", s.key(), s.families(), s.persons(), s.percent())));
    r.byEthnicity().forEach(s -> rows.add(row(r.date(), "ethnicity", s.key(), s.families(), s.persons(), s.percent())));
    return csv("refugees", rows);
  }

  @GetMapping(value = "/petitions", produces = MediaType.APPLICATION_JSON_VALUE)
  Statistics.Petitions petitions(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate[] period = period(from, to);
    return statistics.petitions(period[0], period[1]);
  }

  @GetMapping(value = {"/petitions", "/petitions.csv"}, produces = "text/csv")
  CsvTable petitionsCsv(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to) {
    Statistics.Petitions p = petitions(from, to);
    return csv("petitions", List.of(List.of("from", "to", "measure", "families", "persons"),
        row(p.from(), p.to(), "received", p.received().families(), p.received().persons()),
        row(p.from(), p.to(), "granted", p.granted().families(), p.granted().persons()),
        row(p.from(), p.to(), "refused", p.refused().families(), p.refused().persons())));
  }

  /** Petitions received and decided per month of a year, for the dashboard. */
  @GetMapping(value = "/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
  Statistics.Monthly monthly(@RequestParam(required = false) String year) {
    return statistics.monthly(year == null ? statistics.today().getYear() : year(year));
  }

  @GetMapping(value = {"/monthly", "/monthly.csv"}, produces = "text/csv")
  CsvTable monthlyCsv(@RequestParam(required = false) String year) {
    Statistics.Monthly m = monthly(year);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("year", "month", "received_families", "received_persons", "granted_families", "granted_persons",
        "refused_families", "refused_persons"));
    m.months().forEach(x -> rows.add(row(m.year(), x.month(), x.received().families(), x.received().persons(),
        x.granted().families(), x.granted().persons(), x.refused().families(), x.refused().persons())));
    return csv("monthly", rows);
  }

  @GetMapping(value = "/deregistrations", produces = MediaType.APPLICATION_JSON_VALUE)
  Statistics.Deregistrations deregistrations(@RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to) {
    LocalDate[] period = period(from, to);
    return statistics.deregistrations(period[0], period[1]);
  }

  @GetMapping(value = {"/deregistrations", "/deregistrations.csv"}, produces = "text/csv")
  CsvTable deregistrationsCsv(@RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to) {
    Statistics.Deregistrations d = deregistrations(from, to);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("from", "to", "group", "key", "families", "persons"));
    rows.add(row(d.from(), d.to(), "total", null, d.total().families(), d.total().persons()));
    d.byReason().forEach(r -> rows.add(row(d.from(), d.to(), "reason", r.key(), r.families(), r.persons())));
    rows.add(row(d.from(), d.to(), "previously_recognised", null, d.previouslyRecognised().families(),
        d.previouslyRecognised().persons()));
    return csv("deregistrations", rows);
  }

  @GetMapping(value = "/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
  Statistics.Deadlines deadlines() {
    return statistics.deadlines();
  }

  @GetMapping(value = {"/deadlines", "/deadlines.csv"}, produces = "text/csv")
  CsvTable deadlinesCsv() {
    Statistics.Deadlines d = deadlines();
    return csv("deadlines", List.of(
        List.of("date", "warn_until", "petitions_near_deadline", "petitions_past_deadline", "rechecks_due",
            "rechecks_overdue"),
        row(d.date(), d.warnUntil(), d.petitionsNearDeadline(), d.petitionsPastDeadline(), d.rechecksDue(),
            d.rechecksOverdue())));
  }

  @GetMapping(value = "/workload", produces = MediaType.APPLICATION_JSON_VALUE)
  Workload.View workload() {
    return workload.current();
  }

  @GetMapping(value = {"/workload", "/workload.csv"}, produces = "text/csv")
  CsvTable workloadCsv() {
    Workload.View w = workload();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("kind", "key", "open_tasks"));
    rows.add(row("total", null, w.openTasks()));
    rows.add(row("assigned", null, w.assignedTasks()));
    rows.add(row("unassigned", null, w.unassignedTasks()));
    w.byAssignee().forEach(a -> rows.add(row("assignee", a.userId(), a.openTasks())));
    w.byGroup().forEach(g -> rows.add(row("candidate_group", g.groupId(), g.unassignedTasks())));
    return csv("workload", rows);
  }

  /** The accommodation centres on a day (default today): places, persons present, places free, families present. */
  @GetMapping(value = "/occupancy", produces = MediaType.APPLICATION_JSON_VALUE)
  Occupancy occupancy(@RequestParam(required = false) String date) {
    return placements.occupancy(date == null ? statistics.today() : date("date", date));
  }

  @GetMapping(value = {"/occupancy", "/occupancy.csv"}, produces = "text/csv")
  CsvTable occupancyCsv(@RequestParam(required = false) String date) {
    Occupancy o = occupancy(date);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("date", "centre", "places", "occupied", "free", "families"));
    o.centres().forEach(c -> rows.add(row(o.date(), c.name(), c.places(), c.occupied(), c.free(), c.families())));
    return csv("occupancy", rows);
  }

  /** Open cases with specific needs, families and persons, by need. */
  @GetMapping(value = "/needs", produces = MediaType.APPLICATION_JSON_VALUE)
  Statistics.Needs needs() {
    return statistics.needs();
  }

  @GetMapping(value = {"/needs", "/needs.csv"}, produces = "text/csv")
  CsvTable needsCsv() {
    Statistics.Needs n = needs();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("kind", "key", "families", "persons"));
    rows.add(row("total", null, n.total().families(), n.total().persons()));
    n.byNeed().forEach(c -> rows.add(row("need", c.key(), c.families(), c.persons())));
    return csv("needs", rows);
  }

  /**
   * Children of school age on the register on a day (default today; {@code date}, or {@code on} as well), and of them
   * those referred to a school and those enrolled by then: families and persons.
   */
  @GetMapping(value = "/schooling", produces = MediaType.APPLICATION_JSON_VALUE)
  Schooling schooling(@RequestParam(required = false) String date, @RequestParam(required = false) String on) {
    String day = date != null ? date : on;
    return schooling.statistics(day == null ? statistics.today() : date(date != null ? "date" : "on", day));
  }

  @GetMapping(value = {"/schooling", "/schooling.csv"}, produces = "text/csv")
  CsvTable schoolingCsv(@RequestParam(required = false) String date, @RequestParam(required = false) String on) {
    Schooling s = schooling(date, on);
    return csv("schooling", List.of(List.of("date", "school_year_from", "measure", "families", "persons"),
        row(s.date(), s.schoolYearFrom(), "school_age", s.schoolAge().families(), s.schoolAge().persons()),
        row(s.date(), s.schoolYearFrom(), "referred", s.referred().families(), s.referred().persons()),
        row(s.date(), s.schoolYearFrom(), "enrolled", s.enrolled().families(), s.enrolled().persons())));
  }

  /** The managers' dashboard (Russian): charts drawn by Apache ECharts from the endpoints above. */
  @GetMapping(value = "/dashboard.html", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView dashboard() {
    return new ModelAndView("reporting/dashboard");
  }

  private static LocalDate[] period(String from, String to) {
    if (from == null || to == null) {
      throw FieldErrors.of(from == null ? "from" : "to", "обязательный параметр (ГГГГ-ММ-ДД)");
    }
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (end.isBefore(start)) {
      throw FieldErrors.of("to", "конец периода раньше его начала");
    }
    return new LocalDate[] {start, end};
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw FieldErrors.of(name, "дата в формате ГГГГ-ММ-ДД");
    }
  }

  private static int year(String value) {
    try {
      int year = Integer.parseInt(value);
      if (year >= 1900 && year <= 2999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw FieldErrors.of("year", "год из четырёх цифр");
  }

  private static List<Object> row(Object... values) {
    return java.util.Arrays.asList(values);
  }

  private static CsvTable csv(String name, List<List<Object>> rows) {
    return new CsvTable(name, rows);
  }
}
