package kz.migration.refugee.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an operator's Prometheus sees at {@code /actuator/prometheus}: the platform's metrics (HTTP, JVM, connection
 * pool), the engine's job executor, and the open work counted from the engine and the data bank, at most once per
 * refresh interval.
 */
@ApplicationTest
class OperationsMetricsTest {

  @Autowired MockMvc mvc;
  @Autowired OpenWorkMetrics openWork;
  @Autowired EngineJobMetrics jobs;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  @Test
  void onlyOperatorsReadTheMetrics() throws Exception {
    assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
    for (String user : new String[] {"caseworker", "manager", "auditor", "admin"}) {
      assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic(user, "demo"))).andReturn().getResponse()
          .getStatus()).as(user).isEqualTo(403);
    }
    var scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("operator", "demo"))).andReturn().getResponse();
    assertThat(scrape.getStatus()).isEqualTo(200);
    assertThat(scrape.getContentAsString()).contains(
        "http_server_requests_seconds_count", "jvm_memory_used_bytes", "hikaricp_connections_active",
        "camunda_job_acquisition_attempts_total", "camunda_job_acquired_total{application=\"refugee-status\",result=\"success\"}",
        "camunda_job_executions_total{application=\"refugee-status\",result=\"failed\"}",
        "camunda_job_executions_total{application=\"refugee-status\",result=\"successful\"}",
        "refugee_incidents_open", "refugee_tasks_open{application=\"refugee-status\",group=\"caseworkers\"}",
        "refugee_tasks_unassigned{application=\"refugee-status\",group=\"managers\"}",
        "refugee_petitions_past_deadline");
    // the other endpoints stay closed, health stays open
    assertThat(mvc.perform(get("/actuator/env").with(httpBasic("operator", "demo"))).andReturn().getResponse()
        .getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void theOpenWorkIsCountedAtMostOncePerRefreshInterval() {
    openWork.expire();
    var before = openWork.current();
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.fileOnly(CaseSteps.family());

    // served from memory until the interval has passed
    assertThat(openWork.current()).isEqualTo(before);

    openWork.expire();
    var after = openWork.current();
    // the new case's steps for caseworkers (its interview to appoint, its fingerprinting)
    long added = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskCandidateGroup(Roles.CASEWORKERS)
        .count();
    assertThat(added).isPositive();
    assertThat(after.openTasks().get(Roles.CASEWORKERS)).isEqualTo(before.openTasks().get(Roles.CASEWORKERS) + added);
    assertThat(after.unassignedTasks().get(Roles.CASEWORKERS))
        .isEqualTo(before.unassignedTasks().get(Roles.CASEWORKERS) + added);
    assertThat(after.petitionsPastDeadline()).isEqualTo(before.petitionsPastDeadline());

    // four months on, undecided: past its decision deadline
    jdbc.update("update petition set decision_due_on = ? where case_id = (select id from family_case where case_number = ?)",
        LocalDate.now().minusDays(1), caseNumber);
    var incident = runtime.createIncident("operations-test",
        steps.task(caseNumber, "Task_ScheduleInterview").getExecutionId(), "a failure to watch");
    try {
      openWork.expire();
      var overdue = openWork.current();
      assertThat(overdue.petitionsPastDeadline()).isEqualTo(before.petitionsPastDeadline() + 1);
      assertThat(overdue.openIncidents()).isEqualTo(before.openIncidents() + 1);
    } finally {
      runtime.resolveIncident(incident.getId());
      jdbc.update("update petition set decision_due_on = ? where case_id = (select id from family_case where case_number = ?)",
          LocalDate.now().plusMonths(3), caseNumber);
      openWork.expire();
    }
  }

  @Test
  void jobsTheEngineRunsAreCountedAndTheCountersNeverGoDown() {
    jobs.expire();
    long before = jobs.current().getOrDefault(Metrics.JOB_SUCCESSFUL, 0L);
    var steps = new CaseSteps(http, runtime, tasks, management, identity);
    String caseNumber = steps.file(CaseSteps.family());
    steps.complete(caseNumber, "Task_InterviewApplicant", "caseworker", java.util.Map.of(
        "interviewDate", LocalDate.now().toString(), "interviewLanguage", "ru",
        "interviewSummary", "Заявитель сообщил о преследовании."));
    steps.runAgencyChecks(caseNumber);

    assertThat(jobs.current().get(Metrics.JOB_SUCCESSFUL)).as("cached").isEqualTo(before);
    jobs.expire();
    assertThat(jobs.current().get(Metrics.JOB_SUCCESSFUL)).isGreaterThanOrEqualTo(before + 2);

    // the engine writes its counts to the meter log: the counter holds across the report
    long counted = jobs.current().get(Metrics.JOB_SUCCESSFUL);
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) org.camunda.bpm.engine.ProcessEngines
        .getDefaultProcessEngine().getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
    jobs.expire();
    assertThat(jobs.current().get(Metrics.JOB_SUCCESSFUL)).isEqualTo(counted);
  }
}
