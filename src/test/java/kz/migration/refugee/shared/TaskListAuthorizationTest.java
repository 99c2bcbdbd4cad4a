package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The task list's authorization check runs in the engine's EXISTS form (linear in the open work, see
 * {@code TaskListBenchmark}) and still shows each role the work its grants give it.
 */
@ApplicationTest
class TaskListAuthorizationTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  @Test
  void theCheckIsTheExistsFormAndEachRoleSeesTheWorkItsGrantsGiveIt() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
        .isEqualTo("always");
    String caseNumber = new CaseSteps(http, runtime, tasks, management, identity).fileOnly(CaseSteps.family());

    List<Task> caseworkers = as("caseworker", "caseworkers",
        () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list());
    assertThat(caseworkers).extracting(Task::getTaskDefinitionKey).contains("Task_ScheduleInterview");
    // operators keep the engine running, they read no case's work (auditors read all of it by a grant of their own)
    assertThat(as("operator", "operators", () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()))
        .isZero();
    assertThat(as("auditor", "auditors", () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()))
        .isEqualTo(caseworkers.size());
    assertThat(as("caseworker", "caseworkers", () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskCandidateGroup("caseworkers").count())).isEqualTo(caseworkers.size());
  }

  private <T> T as(String user, String group, Supplier<T> query) {
    identity.setAuthentication(user, List.of(group));
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
