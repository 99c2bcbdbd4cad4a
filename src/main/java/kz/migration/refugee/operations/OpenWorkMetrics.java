package kz.migration.refugee.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open work as gauges: open incidents ({@code refugee_incidents_open}), open tasks of each role's candidate group,
 * taken or not ({@code refugee_tasks_open{group=...}}) and not yet taken ({@code refugee_tasks_unassigned}), and
 * petitions past their decision deadline ({@code refugee_petitions_past_deadline}). Counted together at most once per
 * {@code refugee.operations.metrics-refresh}, whatever the scrape rate. Counts only: no case number, no name.
 */
@Component
class OpenWorkMetrics implements MeterBinder {

  /** The role groups that are candidate groups of the models' tasks, or may become so. */
  static final List<String> GROUPS = List.of(Roles.CASEWORKERS, Roles.MANAGERS, Roles.AUDITORS, Roles.OPERATORS,
      Roles.ADMINS);

  /**
   * Petitions awaiting a decision whose deadline has passed: the deadline the examination runs under now (the
   * re-examination's once reopened), kept if decided on its day; as the statistics' deadlines at risk count them.
   */
  static final String PETITIONS_PAST_DEADLINE = """
      select count(*)
        from petition pe
        join family_case c on c.id = pe.case_id
       where coalesce(pe.reexamination_due_on, pe.decision_due_on) < ?
         and c.status in ('REGISTERED', 'UNDER_REVIEW')
      """;

  record Figures(long openIncidents, Map<String, Long> openTasks, Map<String, Long> unassignedTasks,
      long petitionsPastDeadline) {}

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Cached<Figures> figures;

  OpenWorkMetrics(RuntimeService runtime, TaskService tasks, IdentityService identity, JdbcTemplate jdbc, Clock clock,
      OperationsProperties properties) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.jdbc = jdbc;
    this.clock = clock;
    this.figures = new Cached<>(this::count, properties.metricsRefresh());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("refugee.incidents.open", () -> figures.get().openIncidents())
        .description("Open incidents of the engine (failed jobs out of retries, among others)").register(registry);
    for (String group : GROUPS) {
      Gauge.builder("refugee.tasks.open", () -> figures.get().openTasks().get(group))
          .description("Open user tasks of the candidate group, taken or not").tag("group", group).register(registry);
      Gauge.builder("refugee.tasks.unassigned", () -> figures.get().unassignedTasks().get(group))
          .description("Open user tasks of the candidate group that nobody has taken").tag("group", group)
          .register(registry);
    }
    Gauge.builder("refugee.petitions.past.deadline", () -> figures.get().petitionsPastDeadline())
        .description("Petitions awaiting a decision whose decision deadline has passed").register(registry);
  }

  /** The figures as the gauges serve them now (counted if older than the refresh interval). */
  Figures current() {
    return figures.get();
  }

  /** Counted again at the next scrape. */
  void expire() {
    figures.expire();
  }

  private Figures count() {
    return withoutAuthorization(() -> {
      Map<String, Long> open = new LinkedHashMap<>();
      Map<String, Long> unassigned = new LinkedHashMap<>();
      for (String group : GROUPS) {
        open.put(group, tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count());
        unassigned.put(group, tasks.createTaskQuery().taskCandidateGroup(group).count());
      }
      Long past = jdbc.queryForObject(PETITIONS_PAST_DEADLINE, Long.class, LocalDate.now(clock));
      return new Figures(runtime.createIncidentQuery().count(), Map.copyOf(open), Map.copyOf(unassigned),
          past == null ? 0 : past);
    });
  }

  /** Counts of the whole department, not of whoever's request thread happens to scrape. */
  private <T> T withoutAuthorization(Supplier<T> work) {
    var current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
