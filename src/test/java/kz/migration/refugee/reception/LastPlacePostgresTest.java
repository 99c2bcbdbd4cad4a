package kz.migration.refugee.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.PostgresTest;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two families placed at once in the last place of a centre, on PostgreSQL where the transactions really run side by
 * side: the centre's row lock lets one through, the other is refused as full. Repeated, so the two meet often.
 */
@PostgresTest
@ApplicationTest
class LastPlacePostgresTest {

  private static final int ROUNDS = 5;

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired Placements placements;
  @Autowired Centres centres;
  @Autowired CaseSearch cases;

  @Test
  void twoPlacementsForTheLastPlaceAtOnceOneSucceedsTheOtherIsRefused() throws Exception {
    CaseSteps steps = new CaseSteps(http, runtime, tasks, management, identity);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        long centre = centres.create(new CentreRequest("ЦВР-гонка-" + System.nanoTime(), "Алматы", 1, "-")).id();
        long first = caseId(steps.fileOnly(CaseSteps.family()));
        long second = caseId(steps.fileOnly(CaseSteps.family()));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (long caseId : List.of(first, second)) {
          outcomes.add(pool.submit(() -> {
            start.await();
            try {
              placements.place(caseId, new PlacementRequest(centre, LocalDate.now(), List.of()), "caseworker");
              return true;
            } catch (ConflictException full) {
              assertThat(full.getMessage()).contains("нет свободных мест");
              return false;
            }
          }));
        }
        int placed = 0;
        for (Future<Boolean> outcome : outcomes) {
          placed += outcome.get() ? 1 : 0;
        }
        assertThat(placed).as("round %d", round).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from placement where centre_id = ?", Integer.class, centre))
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private long caseId(String caseNumber) {
    return cases.summary(new CaseNumber(caseNumber)).caseId();
  }
}
