package kz.migration.refugee.recheck;

import kz.migration.refugee.OwnContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A scheduler pass whose node died does not stay RUNNING for ever: the node marks its own leftovers ABANDONED
 * when it starts again, and a pass of another node without progress for {@code stale-after} is shown STALE.
 */
@SpringBootTest(properties = {"refugee.recheck.node=node-a", "refugee.recheck.stale-after=PT10M"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@OwnContext
class RecheckRunRecoveryTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired RecheckStarter starter;
  @Autowired RecheckScheduler scheduler;

  @Test
  void passesOfADeadNodeAreShownAbandonedOrStale() throws Exception {
    Instant now = Instant.now();
    long mine = run("node-a", now.minus(2, ChronoUnit.HOURS));
    long otherStale = run("node-b", now.minus(11, ChronoUnit.MINUTES));
    long otherAlive = run("node-b", now.minus(1, ChronoUnit.MINUTES));

    assertThat(starter.abandonLeftRunning()).as("as at this node's start").isEqualTo(1);

    mvc.perform(get("/api/rechecks/runs/{id}", mine).with(httpBasic("manager", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ABANDONED"))
        .andExpect(jsonPath("$.finishedAt").exists());
    mvc.perform(get("/api/rechecks/runs/{id}", otherStale).with(httpBasic("manager", "demo")))
        .andExpect(jsonPath("$.status").value("STALE")).andExpect(jsonPath("$.node").value("node-b"));
    mvc.perform(get("/api/rechecks/runs/{id}", otherAlive).with(httpBasic("manager", "demo")))
        .andExpect(jsonPath("$.status").value("RUNNING"));
    mvc.perform(get("/api/rechecks/runs").with(httpBasic("manager", "demo")))
        .andExpect(jsonPath("$[?(@.id == " + otherStale + ")].status").value("STALE"));
  }

  @Test
  void aPassRecordsItsNodeAndProgress() throws Exception {
    long id = scheduler.run();
    mvc.perform(get("/api/rechecks/runs/{id}", id).with(httpBasic("manager", "demo")))
        .andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.node").value("node-a"))
        .andExpect(jsonPath("$.heartbeatAt").exists());
  }

  private long run(String node, Instant heartbeat) {
    jdbc.update("insert into recheck_run (due_by, started_at, status, due_total, started, collisions, node, heartbeat_at)"
        + " values (?, ?, 'RUNNING', 10, 3, 0, ?, ?)", LocalDate.now(), Timestamp.from(heartbeat), node,
        Timestamp.from(heartbeat));
    return jdbc.queryForObject("select max(id) from recheck_run", Long.class);
  }
}
