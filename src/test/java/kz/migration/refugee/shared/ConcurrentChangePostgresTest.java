package kz.migration.refugee.shared;

import kz.migration.refugee.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people act on the same task or case at once: the engine's optimistic locking lets the first win, and the
 * other is answered 409 with a Russian message, never 500, on each client (engine REST, Tasklist's own API, the
 * domain API). The race is made certain, not left to timing: the first change is made in a transaction held open
 * until the rival request waits for its row lock in PostgreSQL; then it commits, and the rival's stale update
 * finds nothing to update.
 */
@PostgresTest
@ApplicationTest
class ConcurrentChangePostgresTest {

  private static final String RUSSIAN_CONFLICT = "изменены другим пользователем";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void twoClaimsOfOneTaskThroughEngineRestTheSecondIsAConflict() {
    String task = interviewTask();

    HttpResponse<String> rival = whileHolding(() -> tasks.claim(task, "caseworker"),
        () -> engineRest("caseworker2", "/task/" + task + "/claim", "{\"userId\": \"caseworker2\"}"));

    assertThat(rival.statusCode()).as(rival.body()).isEqualTo(409);
    assertThat(rival.body()).contains(RUSSIAN_CONFLICT);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("caseworker");
  }

  @Test
  void twoClaimsOfOneTaskThroughTasklistTheSecondIsAConflict() throws Exception {
    String task = interviewTask();
    TasklistSession rivalSession = TasklistSession.login(port, "caseworker2");

    HttpResponse<String> rival = whileHolding(() -> tasks.claim(task, "caseworker"),
        () -> call(() -> rivalSession.post(TasklistSession.API + "/task/" + task + "/claim", "{\"userId\": \"caseworker2\"}")));

    assertThat(rival.statusCode()).as(rival.body()).isEqualTo(409);
    assertThat(rival.body()).contains(RUSSIAN_CONFLICT);
  }

  @Test
  void aClaimOfATaskAlreadyClaimedIsAConflictOnBothClients() throws Exception {
    String task = interviewTask();
    tasks.claim(task, "caseworker");

    HttpResponse<String> engine = engineRest("caseworker2", "/task/" + task + "/claim", "{\"userId\": \"caseworker2\"}");
    HttpResponse<String> tasklist = TasklistSession.login(port, "caseworker2")
        .post(TasklistSession.API + "/task/" + task + "/claim", "{\"userId\": \"caseworker2\"}");

    assertThat(engine.statusCode()).as(engine.body()).isEqualTo(409);
    assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(409);
    assertThat(tasklist.body()).contains("другому сотруднику");
  }

  @Test
  void twoCompletionsOfOneTaskTheSecondIsAConflictAndRecordsNothing() {
    String caseNumber = steps().file(CaseSteps.family());
    String task = steps().task(caseNumber, "Task_InterviewApplicant").getId();
    String form = """
        {"variables": {"interviewDate": {"value": "%s"}, "interviewLanguage": {"value": "ru"},
         "interviewSummary": {"value": "Заявитель подробно описал угрозы со стороны вооружённой группы."}}}"""
        .formatted(LocalDate.now());

    HttpResponse<String> rival = whileHolding(() -> as("caseworker", () -> tasks.complete(task, Map.of(
            "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
            "interviewSummary", "Заявитель сообщил о преследовании по политическим мотивам."))),
        () -> engineRest("caseworker2", "/task/" + task + "/complete", form));

    assertThat(rival.statusCode()).as(rival.body()).isEqualTo(409);
    assertThat(rival.body()).contains(RUSSIAN_CONFLICT);
    assertThat(jdbc.queryForList("select i.recorded_by from interview i join family_case c on c.id = i.case_id "
        + "where c.case_number = ?", String.class, caseNumber)).containsExactly("caseworker");
  }

  @Test
  void twoCorrelationsOfOneAppealThroughTheDomainApiTheSecondIsAConflict() {
    String caseNumber = refusedCase();

    HttpResponse<String> rival = whileHolding(
        () -> runtime.createMessageCorrelation("AppealLodged").processInstanceBusinessKey(caseNumber)
            .setVariable("appealLodgedOn", LocalDate.now().toString()).correlate(),
        () -> domainApi("caseworker", "/api/cases/" + caseNumber + "/appeals",
            "{\"lodgedOn\": \"%s\", \"grounds\": \"Не учтены новые документы.\"}".formatted(LocalDate.now())));

    assertThat(rival.statusCode()).as(rival.body()).isEqualTo(409);
    assertThat(rival.body()).contains(RUSSIAN_CONFLICT);
    assertThat(jdbc.queryForObject("select count(*) from appeal a join family_case c on c.id = a.case_id "
        + "where c.case_number = ?", Long.class, caseNumber)).as("the loser's appeal row is rolled back").isZero();
  }

  /**
   * Makes {@code first} in a transaction that stays open until the rival request, sent meanwhile, waits for a row
   * lock; then commits and returns the rival's answer.
   */
  private HttpResponse<String> whileHolding(Runnable first, Supplier<HttpResponse<String>> rival) {
    var answer = new CompletableFuture<HttpResponse<String>>();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      first.run();
      CompletableFuture.supplyAsync(rival).whenComplete((r, e) -> {
        if (e != null) {
          answer.completeExceptionally(e);
        } else {
          answer.complete(r);
        }
      });
      awaitLockWait(answer);
    });
    return answer.orTimeout(60, TimeUnit.SECONDS).join();
  }

  /** Until a session of this database waits for a lock (the rival's update of the row the open transaction holds). */
  private void awaitLockWait(CompletableFuture<?> rival) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database() "
        + "and wait_event_type = 'Lock'", Long.class) == 0) {
      assertThat(rival).as("the rival answered without waiting for the lock").isNotDone();
      assertThat(System.nanoTime()).as("the rival request never waited for the row lock").isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private String interviewTask() {
    return steps().task(steps().file(CaseSteps.family()), "Task_InterviewApplicant").getId();
  }

  private String refusedCase() {
    String caseNumber = steps().file(CaseSteps.family());
    steps().complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил об экономических причинах выезда."));
    steps().runAgencyChecks(caseNumber);
    steps().complete(caseNumber, "Task_AssessPetition", "caseworker", Map.of(
        "assessmentFacts", "Опасения преследования не подтверждены.", "credibility", "credible",
        "wellFoundedFear", false, "exclusionIndicators", false, "assessmentRecommendation", "refuse"));
    steps().decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear",
        "Опасения преследования не подтверждены материалами дела.");
    steps().serveRefusal(caseNumber);
    return caseNumber;
  }

  private void as(String user, Runnable action) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private CaseSteps steps() {
    return new CaseSteps(http, runtime, tasks, management, identity);
  }

  private HttpResponse<String> engineRest(String user, String path, String json) {
    return basic(user, "/engine-rest" + path, json);
  }

  private HttpResponse<String> domainApi(String user, String path, String json) {
    return basic(user, path, json);
  }

  private HttpResponse<String> basic(String user, String path, String json) {
    return call(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()));
  }

  private interface Call<T> {
    T run() throws Exception;
  }

  private static <T> T call(Call<T> call) {
    try {
      return call.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
