package kz.migration.refugee.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision log on PostgreSQL: the chain, its verification after rows are altered behind the
 * application's back, concurrent appenders, and the entries real decisions leave.
 */
@ApplicationTest
@PostgresTest
class DecisionLogPostgresTest {

  @Autowired DecisionLog decisionLog;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  private CaseSteps steps() {
    return new CaseSteps(http, runtime, tasks, management, identity);
  }

  /**
   * The test database is shared with the other PostgreSQL test classes (which append entries through real
   * decisions) and survives between local runs, where an interrupted run may have left a deliberately
   * broken row behind. Each test therefore starts from an empty log (entries deleted, head reset to the
   * genesis state), so that expected sequence numbers are absolute. Tests run one after another (one at a
   * time in the shared context), so nothing appends meanwhile. Never do this outside a test database.
   */
  @BeforeEach
  void startFromAnEmptyLog() {
    jdbc.update("delete from decision_log");
    jdbc.update("update decision_log_head set last_sequence_no = ?, last_hash = ? where id = ?",
        0L, DecisionLog.GENESIS_HASH, 1);
  }

  /** Some tests break the chain on purpose: the classes that share the context next find a valid (empty) log. */
  @AfterEach
  void leaveAValidLog() {
    startFromAnEmptyLog();
  }

  @Test
  void entriesAppendedOneAfterAnotherFormOneValidChain() {
    List<DecisionLogEntryView> appended = appendInOwnTransactions("chain", 5);

    assertThat(appended).extracting(DecisionLogEntryView::sequenceNo).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(appended.get(0).previousHash()).isEqualTo("0".repeat(64));
    for (int i = 1; i < appended.size(); i++) {
      assertThat(appended.get(i).previousHash()).isEqualTo(appended.get(i - 1).hash());
    }
    // The documented formula, recomputed here independently from what the database holds.
    for (DecisionLogEntryView stored : decisionLog.entries(1, 100)) {
      assertThat(stored.hash()).isEqualTo(sha256(stored.sequenceNo() + "|" + stored.kind() + "|" + stored.caseNumber()
          + "|" + stored.actor() + "|" + stored.occurredAt() + "|" + stored.content() + "|" + stored.previousHash()));
    }
    assertThat(decisionLog.entries(1, 100).get(2).content())
        .isEqualTo("{\"caseNumber\":\"RS-2026-900003\",\"note\":\"chain\",\"outcome\":\"GRANTED\",\"step\":3}");

    assertThat(decisionLog.verify()).isEqualTo(new DecisionLog.Verification(true, 5, null, null));
  }

  @Test
  void anEntryWhoseContentIsAlteredInTheDatabaseIsNamedByVerificationAndTheEndpoint() {
    appendInOwnTransactions("tamper", 5);
    String original = jdbc.queryForObject("select content from decision_log where sequence_no = ?", String.class, 3L);
    try {
      int altered = jdbc.update("update decision_log set content = ? where sequence_no = ?",
          original.replace("GRANTED", "REFUSED"), 3L);
      assertThat(altered).isEqualTo(1);

      DecisionLog.Verification result = decisionLog.verify();
      assertThat(result.valid()).isFalse();
      assertThat(result.firstBrokenSequenceNo()).isEqualTo(3L);
      assertThat(result.entriesChecked()).isEqualTo(2);
      assertThat(result.reason()).contains("entry 3").doesNotContain("REFUSED").doesNotContain("GRANTED");

      ResponseEntity<Map> response = http.withBasicAuth("auditor", "demo")
          .getForEntity("/api/audit/decision-log/verification", Map.class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).containsEntry("valid", false).containsEntry("firstBrokenSequenceNo", 3);
    } finally {
      jdbc.update("update decision_log set content = ? where sequence_no = ?", original, 3L);
    }
    assertThat(decisionLog.verify().valid()).isTrue();
  }

  @Test
  void anEntryWhoseActorIsAlteredIsNamedEvenWhenItIsTheFirst() {
    appendInOwnTransactions("actor", 4);
    try {
      jdbc.update("update decision_log set actor = ? where sequence_no = ?", "manager2", 1L);

      DecisionLog.Verification result = decisionLog.verify();
      assertThat(result.valid()).isFalse();
      assertThat(result.firstBrokenSequenceNo()).isEqualTo(1L);
      assertThat(result.entriesChecked()).isZero();
    } finally {
      jdbc.update("update decision_log set actor = ? where sequence_no = ?", "manager", 1L);
    }
    assertThat(decisionLog.verify().valid()).isTrue();
  }

  @Test
  void deletedEntriesAreNamedWhetherInTheMiddleOrAtTheEnd() {
    appendInOwnTransactions("delete", 5);

    jdbc.update("delete from decision_log where sequence_no = ?", 5L);
    DecisionLog.Verification truncated = decisionLog.verify();
    assertThat(truncated.valid()).isFalse();
    assertThat(truncated.firstBrokenSequenceNo()).isEqualTo(5L);
    assertThat(truncated.reason()).contains("head");

    jdbc.update("delete from decision_log where sequence_no = ?", 2L);
    DecisionLog.Verification gap = decisionLog.verify();
    assertThat(gap.valid()).isFalse();
    assertThat(gap.firstBrokenSequenceNo()).isEqualTo(2L);
    assertThat(gap.entriesChecked()).isEqualTo(1);
  }

  @Test
  void anEntryAppendedInATransactionThatRollsBackLeavesNoTraceAndNoGap() {
    appendInOwnTransactions("before", 2);
    transaction.executeWithoutResult(status -> {
      decisionLog.append("PETITION_DECIDED", "RS-2026-900999", "manager", Instant.now(), Map.of("outcome", "GRANTED"));
      status.setRollbackOnly();
    });
    List<DecisionLogEntryView> after = appendInOwnTransactions("after", 1);

    assertThat(jdbc.queryForObject("select count(*) from decision_log where case_number = ?", Long.class,
        "RS-2026-900999")).isZero();
    assertThat(after.get(0).sequenceNo()).isEqualTo(3L);
    assertThat(decisionLog.verify()).isEqualTo(new DecisionLog.Verification(true, 3, null, null));
  }

  /**
   * Two appenders started together, each appending 50 entries, each entry in its own transaction on its own
   * connection. Two threads with separate transactions against the same PostgreSQL stand for two nodes: the
   * only coordination is the database row lock on the head (no JVM lock is involved), which is exactly what
   * two application nodes sharing the database would rely on.
   */
  @Test
  void twoAppendersAtTheSameMomentStillProduceOneValidChainWithoutGapsOrDuplicates() throws Exception {
    int perAppender = 50;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Long>>> appenders = new ArrayList<>();
      for (String node : List.of("node-a", "node-b")) {
        appenders.add(pool.submit(() -> {
          start.await();
          List<Long> numbers = new ArrayList<>();
          for (int i = 1; i <= perAppender; i++) {
            int step = i;
            numbers.add(transaction.execute(status -> decisionLog.append("PETITION_DECIDED",
                "RS-2026-" + (node.endsWith("a") ? "910" : "920") + "%03d".formatted(step), node, Instant.now(),
                Map.of("node", node, "step", step))).sequenceNo());
          }
          return numbers;
        }));
      }
      start.countDown();
      List<Long> a = appenders.get(0).get(2, TimeUnit.MINUTES);
      List<Long> b = appenders.get(1).get(2, TimeUnit.MINUTES);

      assertThat(a).hasSize(perAppender).isSorted().doesNotContainAnyElementsOf(b);
      assertThat(b).hasSize(perAppender).isSorted();
    } finally {
      pool.shutdownNow();
    }

    long total = 2L * perAppender;
    assertThat(jdbc.queryForList("select sequence_no from decision_log order by sequence_no", Long.class))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    assertThat(jdbc.queryForObject("select count(distinct actor) from decision_log", Long.class)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select last_sequence_no from decision_log_head where id = ?", Long.class, 1))
        .isEqualTo(total);
    assertThat(decisionLog.verify()).isEqualTo(new DecisionLog.Verification(true, total, null, null));
  }

  @Test
  void aDeadlineExtensionARefusalAndAnAppealDecisionEachAppendTheirEntryInOrder() {
    String caseNumber = steps().file(CaseSteps.family());
    String instance = steps().instance(caseNumber);
    List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
    assertThat(timers).hasSize(1);
    management.executeJob(timers.get(0).getId());
    steps().complete(caseNumber, "Task_HandleOverdueDecision", "manager", Map.of("extendDeadline", true,
        "extendedUntil", LocalDate.now().plusMonths(6).toString(),
        "extensionReason", "Запрошены сведения о стране происхождения"));

    steps().complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил об экономических причинах выезда."));
    steps().runAgencyChecks(caseNumber);
    steps().complete(caseNumber, "Task_AssessPetition", "caseworker", Map.of(
        "assessmentFacts", "Опасения преследования не подтверждены.", "credibility", "credible",
        "wellFoundedFear", false, "exclusionIndicators", false, "assessmentRecommendation", "refuse"));
    String refusalReasons = "Опасения преследования не подтверждены материалами дела.";
    steps().decideAll(caseNumber, "manager", "refused", "art12-no-well-founded-fear",
        refusalReasons);
    steps().serveRefusal(caseNumber);
    ResponseEntity<Void> appeal = http.withBasicAuth("caseworker", "demo").postForEntity(
        "/api/cases/{n}/appeals", Map.of("lodgedOn", LocalDate.now().toString(), "grounds", "Не учтены новые документы."),
        Void.class, caseNumber);
    assertThat(appeal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    steps().complete(caseNumber, "Task_DecideAppeal", "manager2", Map.of(
        "appealOutcome", "upheld", "appealReasons", "Новые документы не меняют оценку опасений."));

    List<Map<String, Object>> entries = jdbc.queryForList(
        "select sequence_no, kind, actor, content from decision_log where case_number = ? order by sequence_no", caseNumber);
    assertThat(entries).extracting(e -> e.get("kind"))
        .containsExactly("DEADLINE_EXTENDED", "PETITION_DECIDED", "APPEAL_DECIDED");
    assertThat(entries).extracting(e -> e.get("actor")).containsExactly("manager", "manager", "manager2");
    assertThat((String) entries.get(0).get("content")).contains("\"newDueOn\":\"" + LocalDate.now().plusMonths(6) + "\"");
    assertThat((String) entries.get(1).get("content"))
        .contains("\"outcome\":\"REFUSED\"", "\"legalGround\":\"art12-no-well-founded-fear\"",
            "\"reasonsSha256\":\"" + sha256(refusalReasons) + "\"",
            // each person decided, by id, with their own outcome and basis
            "\"persons\":[{\"basis\":\"OWN_GROUNDS\"", "\"personId\":")
        .doesNotContain(refusalReasons);
    assertThat((String) entries.get(2).get("content")).contains("\"outcome\":\"UPHELD\"");
    assertThat(entries).extracting(e -> (String) e.get("content")).noneMatch(c -> c.contains("Керимов"));
    assertThat(decisionLog.verify()).isEqualTo(new DecisionLog.Verification(true, 3, null, null));
  }

  @Test
  void aGrantAppendsAPetitionDecidedEntryAndTheChainStaysValid() {
    String caseNumber = steps().file(CaseSteps.family());
    steps().complete(caseNumber, "Task_InterviewApplicant", "caseworker", Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании."));
    steps().runAgencyChecks(caseNumber);
    steps().complete(caseNumber, "Task_AssessPetition", "caseworker", Map.of(
        "assessmentFacts", "Показания последовательны.", "credibility", "credible", "wellFoundedFear", true,
        "exclusionIndicators", false, "assessmentRecommendation", "grant"));
    steps().decideAll(caseNumber, "manager", "granted", "art1-well-founded-fear",
        "Обоснованные опасения преследования подтверждены.");

    ResponseEntity<DecisionLogEntryView[]> listed = http.withBasicAuth("manager", "demo")
        .getForEntity("/api/audit/decision-log?from=1&limit=10", DecisionLogEntryView[].class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(List.of(listed.getBody())).singleElement().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo("PETITION_DECIDED");
      assertThat(entry.caseNumber()).isEqualTo(caseNumber);
      assertThat(entry.actor()).isEqualTo("manager");
      assertThat(entry.content()).contains("\"outcome\":\"GRANTED\"", "\"decidedBy\":\"manager\"");
    });
    Instant decidedAt = jdbc.queryForObject("select d.decided_at from decision d join family_case c on c.id = d.case_id "
        + "where c.case_number = ?", java.sql.Timestamp.class, caseNumber).toInstant();
    assertThat(listed.getBody()[0].occurredAt()).isEqualTo(decidedAt);
    assertThat(decisionLog.verify().valid()).isTrue();
  }

  private List<DecisionLogEntryView> appendInOwnTransactions(String note, int count) {
    List<DecisionLogEntryView> appended = new ArrayList<>();
    for (int step = 1; step <= count; step++) {
      int n = step;
      appended.add(transaction.execute(status -> decisionLog.append("PETITION_DECIDED", "RS-2026-90000" + n,
          "manager", Instant.parse("2026-01-15T10:00:00.123456Z").plusSeconds(n),
          Map.of("caseNumber", "RS-2026-90000" + n, "outcome", "GRANTED", "note", note, "step", n))));
    }
    return appended;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
