package kz.migration.refugee.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import kz.migration.refugee.BenchDatabase;
import kz.migration.refugee.BenchFigures;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.registry.DocumentType;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.Sex;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A petition's whole life on PostgreSQL, as the people drive it: filed through {@link PetitionFiling} as the caseworker
 * (what {@code POST /api/petitions} calls), its interview appointed and held, the agency checks run as the job executor
 * would, the assessment and the manager's grant completed with the forms' variables, the refugee certificate issued;
 * each task's form opened once before it is completed, as Tasklist opens it (its form variables, with the user's
 * groups), on both sides. Times {@code bench.lifecycles} (default 500) of them, each followed by one of a generated
 * model of the same shape on the same engine, database and driver, with no-op delegates and no register behind it: the
 * same service tasks (5, and a no-op in place of the rules' business-rule task), user tasks (4, same ids, candidate
 * groups and forms' variables), asynchronous continuations (the two checks), gateways (12), the two embedded
 * subprocesses (the assessment's a multi-instance of one, as for a one-person family) and the two timers (the
 * interview's no-contact timer and the decision deadline); and, as registration issues an asylum-seeker certificate, a
 * second generated model started in the same transaction and ended by the grant: the certificate's reissue timer, the
 * fingerprinting task with its overdue timer, and the event subprocess that ends it. Prints lifecycles per second,
 * their ratio and p50/p95 of one lifecycle; counts the rows each reads and writes and the statements it sends over
 * {@code bench.counted} (default 50) of each; writes {@code target/bench-lifecycle.txt}.
 * <p>
 * {@code ./mvnw -Pbench test -Dtest=PetitionLifecycleBenchmark} (database {@code BENCH_POSTGRES_URL}; emptied first).
 */
@Tag("benchmark")
@SpringBootTest(properties = "logging.level.org.camunda=warn")
@ActiveProfiles({"test", "demo"})
class PetitionLifecycleBenchmark {

  private static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 500);
  private static final int WARM_UP = Integer.getInteger("bench.warmUp", 50);
  private static final int COUNTED = Integer.getInteger("bench.counted", 50);
  private static final String RAW = "bench-petition-shape";
  private static final String RAW_CERTIFICATE = "bench-certificate-shape";
  private static final String GROUPS = Roles.CASEWORKERS + "," + Roles.MANAGERS;

  @Autowired PetitionFiling filing;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngineConfigurationImpl engine;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use(registry);
  }

  @BeforeAll
  static void emptyDatabase() throws Exception {
    BenchDatabase.empty();
  }

  /** The no-op behind every service task of the generated model. */
  public static class NoOp implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      // nothing: the engine's own work only
    }
  }

  @Test
  void petitionLifecyclesBesideTheSameShapeOnTheBareEngine() throws IOException {
    repository.createDeployment().name("benchmark").addModelInstance(RAW + ".bpmn", rawModel())
        .addModelInstance(RAW_CERTIFICATE + ".bpmn", rawCertificateModel()).deploy();
    CaseSteps steps = new CaseSteps(null, runtime, tasks, management, identity);

    // warm the engine, the JIT and the caches of both before anything is counted or timed
    alternate(WARM_UP, steps, "BENCH-W-");

    // what a lifecycle sends to the database and reads there: counts, taken over a block of each
    Map<String, TableReads> before = tableReads();
    resetStatements();
    run(COUNTED, i -> product(steps));
    Map<String, TableReads> productReads = since(before);
    List<String> productStatements = statements();
    before = tableReads();
    resetStatements();
    run(COUNTED, i -> raw(steps, "BENCH-C-" + i));
    Map<String, TableReads> rawReads = since(before);
    List<String> rawStatements = statements();

    // timed one of each in turn, so that both meet the same machine, compiled code and database throughout: timed
    // in blocks, the product ran first, while the JIT was still compiling and the machine's load was another
    long certificatesBefore = count("select count(*) from certificate where type = 'REFUGEE'");
    productSteps.timing = true;
    rawSteps.timing = true;
    Timing[] timed = alternate(LIFECYCLES, steps, "BENCH-R-");
    Timing product = timed[0];
    Timing raw = timed[1];
    assertThat(count("select count(*) from certificate where type = 'REFUGEE'") - certificatesBefore)
        .as("every lifecycle ends with the head's refugee certificate").isEqualTo(LIFECYCLES);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RAW).count())
        .as("every generated lifecycle ran to its end").isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RAW_CERTIFICATE).count())
        .as("every generated certificate's instance ended with the grant").isZero();

    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "  %-34s %10s %9s %13s %9s %9s %11s", "", "lifecycles", "seconds",
        "lifecycles/s", "p50 ms", "p95 ms", "cpu ms each"));
    report.add(row("petition (product)", product));
    report.add(row("same shape, bare engine", raw));
    report.add(String.format(Locale.ROOT, "  %-34s %.2f (goal 0.80)", "product / bare engine",
        product.perSecond() / raw.perSecond()));
    report.add("");
    report.add(String.format(Locale.ROOT, "  %-34s %12s %12s", "ms per lifecycle, by step", "product", "bare engine"));
    productSteps.nanos.forEach((step, nanos) -> report.add(String.format(Locale.ROOT, "  %-34s %12.1f %12.1f", step,
        nanos / 1e6 / LIFECYCLES, rawSteps.nanos.getOrDefault(step, 0L) / 1e6 / LIFECYCLES)));
    report.add("");
    report.add(String.format(Locale.ROOT, "  %-34s %12s %12s %12s %12s", "per lifecycle, by table (top 12)",
        "rows read", "seq scans", "rows written", "bare: read"));
    report.add(String.format(Locale.ROOT, "  %-34s %12.0f %12.1f %12.1f %12.0f", "all tables", total(productReads,
        TableReads::read), total(productReads, TableReads::seqScans), total(productReads, TableReads::written),
        total(rawReads, TableReads::read)));
    report.add(String.format(Locale.ROOT, "  %-34s %12.0f %12.1f %12.1f %12.0f", "all tables, bare engine",
        total(rawReads, TableReads::read), total(rawReads, TableReads::seqScans), total(rawReads, TableReads::written),
        total(rawReads, TableReads::read)));
    productReads.entrySet().stream()
        .sorted(java.util.Comparator.comparingLong((Map.Entry<String, TableReads> e) -> -e.getValue().read())).limit(12)
        .forEach(e -> report.add(String.format(Locale.ROOT, "  %-34s %12.0f %12.1f %12.1f %12.0f", e.getKey(),
            (double) e.getValue().read() / COUNTED, (double) e.getValue().seqScans() / COUNTED,
            (double) e.getValue().written() / COUNTED,
            (double) rawReads.getOrDefault(e.getKey(), new TableReads(0, 0, 0)).read() / COUNTED)));
    String text = "Petition lifecycle benchmark, PostgreSQL " + jdbc.queryForObject("show server_version", String.class)
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, one lifecycle at a time, product and bare engine"
        + " in turn, " + WARM_UP + " of each first to warm up; rows and statements counted over " + COUNTED
        + " of each\n" + String.join("\n", report) + "\n";
    System.out.println(text);
    Files.writeString(Path.of("target", "bench-lifecycle.txt"), text);
    if (!productStatements.isEmpty()) {
      Files.writeString(Path.of("target", "bench-lifecycle-statements.txt"), "Statements per lifecycle (calls, ms in "
          + "the server), by pg_stat_statements\n\nproduct:\n" + String.join("\n", productStatements)
          + "\n\nbare engine:\n" + String.join("\n", rawStatements) + "\n");
    }
  }

  /** Where a lifecycle's time goes, step by step: total nanoseconds per step over the timed lifecycles. */
  private static final class Steps {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private boolean timing;

    void time(String step, Runnable work) {
      long t = System.nanoTime();
      work.run();
      if (timing) {
        nanos.merge(step, System.nanoTime() - t, Long::sum);
      }
    }
  }

  private final Steps productSteps = new Steps();
  private final Steps rawSteps = new Steps();

  /** Intake → interview → checks → assessment → decision → certificate, through the product. */
  private void product(CaseSteps steps) {
    String[] caseNumber = new String[1];
    productSteps.time("file (intake, registration)", () -> {
      identity.setAuthentication("caseworker", List.of(Roles.CASEWORKERS));
      try {
        caseNumber[0] = filing.file(onePersonFamily()).caseNumber();
      } finally {
        identity.clearAuthentication();
      }
    });
    assertThat(caseNumber[0]).as("registered without a duplicate review").isNotNull();
    productSteps.time("schedule interview", () -> {
      open(caseNumber[0], "Task_ScheduleInterview", "caseworker");
      steps.schedule(caseNumber[0]);
    });
    productSteps.time("interview", () -> {
      open(caseNumber[0], "Task_InterviewApplicant", "caseworker");
      steps.complete(caseNumber[0], "Task_InterviewApplicant", "caseworker", interview());
    });
    productSteps.time("agency checks (2 jobs)", () -> steps.runAgencyChecks(caseNumber[0]));
    productSteps.time("assessment (+ rules)", () -> {
      open(caseNumber[0], "Task_AssessPetition", "caseworker");
      steps.assessEach(caseNumber[0], "caseworker", assessment());
    });
    // the manager's form, opened once, as Tasklist opens it: the persons to decide come from the sheet it shows
    productSteps.time("decision (+ certificate)", () -> {
      var shown = open(caseNumber[0], "Task_DecidePetition", "manager");
      steps.complete(caseNumber[0], "Task_DecidePetition", "manager", Map.of("personDecisions", SpinValues.jsonValue(
          CaseSteps.personDecisions(CaseSteps.decisionSheet(shown), "granted", "art1-well-founded-fear", REASONS))
          .create()));
    });
  }

  /** The same steps, with the same forms' variables, on the generated model. */
  private void raw(CaseSteps steps, String businessKey) {
    // started as the application starts the petition (PetitionFiling: the engine call runs as the application); the
    // registration issues the asylum-seeker certificate, whose own instance starts in the same transaction
    rawSteps.time("file (intake, registration)", () -> engine.getCommandExecutorTxRequired().execute(context -> {
      runtime.startProcessInstanceByKey(RAW, businessKey, Map.of("caseNumber", businessKey,
          "caseId", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), "decisionDueAt",
          java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(90)))));
      // a key of its own: the shared steps find a case's procedure by its business key alone
      runtime.startProcessInstanceByKey(RAW_CERTIFICATE, businessKey + "/certificate", Map.of("caseNumber", businessKey,
          "certificateId", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)));
      return null;
    }));
    rawSteps.time("schedule interview", () -> openAndComplete(businessKey, "Task_ScheduleInterview", "caseworker",
        Map.of("appointmentDate", LocalDate.now().toString(), "appointmentTime", "10:00",
            "appointmentPlace", "Управление миграции, каб. 12", "interpreterNeeded", false)));
    rawSteps.time("interview", () ->
        openAndComplete(businessKey, "Task_InterviewApplicant", "caseworker", interview()));
    rawSteps.time("agency checks (2 jobs)", () -> steps.runAgencyChecks(businessKey));
    rawSteps.time("assessment (+ rules)", () ->
        openAndComplete(businessKey, "Task_AssessPetition", "caseworker", assessment()));
    // the grant ends the asylum-seeker certificate's instance in the same transaction
    rawSteps.time("decision (+ certificate)", () -> openAndComplete(businessKey, "Task_DecidePetition", "manager",
        Map.of("decisionOutcome", "granted", "personDecisions", SpinValues.jsonValue("[{\"personId\": 1, "
            + "\"outcome\": \"granted\", \"legalGround\": \"art1-well-founded-fear\", \"reasons\": \""
            + REASONS + "\"}]").create()), () -> {
              // as the application ends it (the manager holds no rights on certificates' instances)
              identity.clearAuthentication();
              runtime.createMessageCorrelation("CertificateEnded")
                  .processInstanceBusinessKey(businessKey + "/certificate").correlate();
            }));
  }

  /**
   * Claims and completes as the user, as {@link CaseSteps#complete} does, with the engine's authorizations; the
   * completion runs inside a command of its own because the client guard accepts only the product's forms' fields
   * (read from its models), and the generated model has no forms.
   */
  private void openAndComplete(String businessKey, String taskKey, String user, Map<String, Object> form) {
    openAndComplete(businessKey, taskKey, user, form, () -> { });
  }

  private void openAndComplete(String businessKey, String taskKey, String user, Map<String, Object> form,
      Runnable sameTransaction) {
    open(businessKey, taskKey, user);
    var task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task %s of %s", taskKey, businessKey).isNotNull();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      tasks.claim(task.getId(), user);
      engine.getCommandExecutorTxRequired().execute(context -> {
        tasks.complete(task.getId(), form);
        sameTransaction.run();
        return null;
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user opens the task's form in Tasklist: its form variables, read with the user's groups; what it shows. */
  private VariableMap open(String businessKey, String taskKey, String user) {
    var task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
    assertThat(task).as("task %s of %s", taskKey, businessKey).isNotEmpty();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    try {
      VariableMap shown = null;
      for (var t : task) {
        shown = forms.getTaskFormVariables(t.getId());
        assertThat(shown).isNotEmpty();
      }
      return shown;
    } finally {
      identity.clearAuthentication();
    }
  }

  private static final String REASONS = "Обоснованные опасения преследования по признаку национальности подтверждены.";

  private static Map<String, Object> interview() {
    return Map.of("interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании за принадлежность к этнической группе.");
  }

  private static Map<String, Object> assessment() {
    return Map.of("assessmentFacts", "Показания последовательны, подтверждаются сведениями о стране происхождения.",
        "credibility", "credible", "wellFoundedFear", true, "exclusionIndicators", false,
        "assessmentRecommendation", "grant");
  }

  /** One adult with a unique name and passport: no duplicate review, no school referral, no housing. */
  private static PetitionIntake onePersonFamily() {
    var random = ThreadLocalRandom.current();
    LocalDate today = LocalDate.now();
    var head = new PetitionIntake.Member(FamilyRole.HEAD, CaseSteps.uniqueSurname("Керимов"), "Фарид", null,
        LocalDate.of(1960 + random.nextInt(30), 3, 11), Sex.MALE, "AF", "таджики", "дари, русский",
        DocumentType.PASSPORT, "K" + random.nextInt(1_000_000_000));
    return new PetitionIntake(today.minusDays(2), today, null, "ru", null, null,
        "Центр временного размещения, Алматы", false, List.of(head));
  }

  /**
   * The petition's happy path as a bare model: start, intake, duplicate? (XOR), to registration (XOR),
   * registration, housing fork (AND) with its housing? (XOR) branch, and the examination subprocess (decision
   * deadline timer, not interrupting): re-examination? (XOR), schedule interview (no-contact timer), interview,
   * appeared? (XOR), checks fork (AND), two asynchronous checks, join (AND), the assessment subprocess (assessment,
   * recommendation), to decision (XOR), decision, granted? (XOR), certificate, anyone refused? (XOR); then
   * reopened? (XOR) and the end.
   */
  private static BpmnModelInstance rawModel() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(RAW).camundaHistoryTimeToLive(3650)
        .startEvent()
        .serviceTask("Task_RecordIntake").camundaClass(NoOp.class)
        .exclusiveGateway("Gateway_DuplicateFound")
        .exclusiveGateway("Gateway_ToRegistration")
        .serviceTask("Task_RegisterPetition").camundaClass(NoOp.class)
        .parallelGateway("Gateway_HousingFork")
        .subProcess("SubProcess_Examination").embeddedSubProcess().startEvent()
        .exclusiveGateway("Gateway_Reexamination")
        .userTask("Task_ScheduleInterview").camundaCandidateGroups(GROUPS)
        .userTask("Task_InterviewApplicant").camundaCandidateGroups(GROUPS)
        .exclusiveGateway("Gateway_ApplicantAppeared")
        .parallelGateway("Gateway_ChecksFork")
        .serviceTask("Task_RequestPoliceCheck").camundaAsyncBefore().camundaClass(NoOp.class)
        .parallelGateway("Gateway_ChecksJoin")
        .subProcess("SubProcess_AssessPerson").multiInstance().cardinality("1").<org.camunda.bpm.model.bpmn.builder
            .SubProcessBuilder>multiInstanceDone().embeddedSubProcess().startEvent()
        .userTask("Task_AssessPetition").camundaCandidateGroups(GROUPS)
        .serviceTask("Task_RecommendDecision").camundaClass(NoOp.class)
        .endEvent()
        .subProcessDone()
        .exclusiveGateway("Gateway_ToDecision")
        .userTask("Task_DecidePetition").camundaCandidateGroups(Roles.MANAGERS)
        .exclusiveGateway("Gateway_ProtectionGranted")
        .serviceTask("Task_IssueRefugeeCertificate").camundaClass(NoOp.class)
        .exclusiveGateway("Gateway_AnyoneRefused")
        .endEvent()
        .subProcessDone()
        .exclusiveGateway("Gateway_ExaminationReopened")
        .endEvent()
        .done();
    ((ParallelGateway) model.getModelElementById("Gateway_ChecksFork")).builder()
        .serviceTask("Task_RequestSecurityCheck").camundaAsyncBefore().camundaClass(NoOp.class)
        .connectTo("Gateway_ChecksJoin");
    ((ParallelGateway) model.getModelElementById("Gateway_HousingFork")).builder()
        .exclusiveGateway("Gateway_NeedsHousing").endEvent("EndEvent_NoHousingNeeded");
    ((UserTask) model.getModelElementById("Task_ScheduleInterview")).builder()
        .boundaryEvent("Event_NoContact").timerWithDuration("P42D").endEvent();
    ((SubProcess) model.getModelElementById("SubProcess_Examination")).builder()
        .boundaryEvent("Event_DecisionOverdue").cancelActivity(false).timerWithDate("${decisionDueAt}").endEvent();
    Bpmn.validateModel(model);
    return model;
  }

  /**
   * The asylum-seeker certificate's instance that registration starts: its reissue timer beside the fingerprinting
   * step (a user task with its overdue timer), and the event subprocess by which a grant ends it.
   */
  private static BpmnModelInstance rawCertificateModel() {
    var process = Bpmn.createExecutableProcess(RAW_CERTIFICATE).camundaHistoryTimeToLive(3650);
    process.eventSubProcess("SubProcess_CertificateEnded").startEvent("StartEvent_CertificateEnded")
        .message("CertificateEnded").endEvent();
    BpmnModelInstance model = process.startEvent()
        .parallelGateway("Gateway_Fork")
        .intermediateCatchEvent("Timer_ReissueDue").timerWithDuration("P3M")
        .exclusiveGateway("Gateway_StillInForce").endEvent()
        .moveToNode("Gateway_Fork")
        .exclusiveGateway("Gateway_FingerprintsNeeded")
        .userTask("Task_TakeFingerprints").camundaCandidateGroups(GROUPS).camundaDueDate("${now()}")
        .endEvent()
        .done();
    ((UserTask) model.getModelElementById("Task_TakeFingerprints")).builder()
        .boundaryEvent("Event_FingerprintsOverdue").cancelActivity(false).timerWithDuration("P3D").endEvent();
    Bpmn.validateModel(model);
    return model;
  }

  private record Timing(int lifecycles, double seconds, long[] nanos, long cpuNanos) {
    double perSecond() {
      return lifecycles / seconds;
    }

    /** p50 and p95 of one lifecycle, in ms. */
    double[] p50p95() {
      return BenchFigures.p50p95(Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray());
    }
  }

  /** {@code count} lifecycles of the product and of the generated model in turn; their timings, product first. */
  private Timing[] alternate(int count, CaseSteps steps, String keyPrefix) {
    long[][] nanos = new long[2][count];
    long[] cpu = new long[2];
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < count; i++) {
      for (int side = 0; side < 2; side++) {
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        if (side == 0) {
          product(steps);
        } else {
          raw(steps, keyPrefix + i);
        }
        nanos[side][i] = System.nanoTime() - t;
        cpu[side] += threads.getCurrentThreadCpuTime() - cpuBefore;
      }
    }
    return new Timing[] {new Timing(count, Arrays.stream(nanos[0]).sum() / 1e9, nanos[0], cpu[0]),
        new Timing(count, Arrays.stream(nanos[1]).sum() / 1e9, nanos[1], cpu[1])};
  }

  private static Timing run(int count, Consumer<Integer> lifecycle) {
    long[] nanos = new long[count];
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long t = System.nanoTime();
      lifecycle.accept(i);
      nanos[i] = System.nanoTime() - t;
    }
    return new Timing(count, (System.nanoTime() - start) / 1e9, nanos, threads.getCurrentThreadCpuTime() - cpu);
  }

  private static String row(String what, Timing timing) {
    double[] p = timing.p50p95();
    return String.format(Locale.ROOT, "  %-34s %10d %9.1f %13.2f %9.1f %9.1f %11.1f", what, timing.lifecycles(),
        timing.seconds(), timing.perSecond(), p[0], p[1],
        timing.cpuNanos() / 1e6 / timing.lifecycles());
  }

  /**
   * Whether the server counts statements: {@code pg_stat_statements} preloaded, and created in this database in a
   * schema of its own that emptying the database keeps ({@code bench/statements.sql}).
   */
  private boolean statementsCounted() {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "select to_regclass('bench_stats.pg_stat_statements') is not null", Boolean.class));
  }

  private void resetStatements() {
    if (statementsCounted()) {
      jdbc.execute("select bench_stats.pg_stat_statements_reset()");
    }
  }

  /** The statements since the reset, most called first: calls and server time per lifecycle, and the statement. */
  private List<String> statements() {
    if (!statementsCounted()) {
      return List.of();
    }
    return jdbc.query("""
        select calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') as query
        from bench_stats.pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database()) order by calls desc""",
        (rs, i) -> String.format(Locale.ROOT, "%8.2f %8.3f  %s", rs.getLong("calls") / (double) COUNTED,
            rs.getDouble("total_exec_time") / COUNTED, abbreviate(rs.getString("query"))));
  }

  private static String abbreviate(String query) {
    return query.length() > 220 ? query.substring(0, 220) + "…" : query;
  }

  /** A table's counters in {@code pg_stat_user_tables}: rows read (by scans and index fetches), seq scans, writes. */
  private record TableReads(long read, long seqScans, long written) {}

  private Map<String, TableReads> tableReads() {
    jdbc.execute("select pg_stat_clear_snapshot()");
    // the counters reach the statistics views within a second of each transaction's end
    try {
      Thread.sleep(1_500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Map<String, TableReads> reads = new java.util.TreeMap<>();
    jdbc.query("""
        select relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) as read, coalesce(seq_scan, 0) as seq,
               n_tup_ins + n_tup_upd + n_tup_del as written
        from pg_stat_user_tables""", rs -> {
      reads.put(rs.getString("relname"), new TableReads(rs.getLong("read"), rs.getLong("seq"), rs.getLong("written")));
    });
    return reads;
  }

  private Map<String, TableReads> since(Map<String, TableReads> before) {
    Map<String, TableReads> now = tableReads();
    Map<String, TableReads> delta = new java.util.TreeMap<>();
    now.forEach((table, after) -> {
      TableReads was = before.getOrDefault(table, new TableReads(0, 0, 0));
      delta.put(table, new TableReads(after.read() - was.read(), after.seqScans() - was.seqScans(),
          after.written() - was.written()));
    });
    return delta;
  }

  private static double total(Map<String, TableReads> reads, java.util.function.ToLongFunction<TableReads> counter) {
    return reads.values().stream().mapToLong(counter).sum() / (double) COUNTED;
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
