package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The filters a caseworker works from: created once, readable by the case groups, each showing only its own tasks. */
@ApplicationTest
class TaskListFiltersTest {

  @Autowired TaskListFilters initializer;
  @Autowired TaskListProperties taskList;
  @Autowired FilterService filters;
  @Autowired EngineCalls engine;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;

  private List<String> names() {
    return List.of(TaskListFilters.MY_TASKS, TaskListFilters.GROUP_TASKS, TaskListFilters.dueSoonName(taskList.dueSoonDays()),
        TaskListFilters.PRIORITY_TASKS);
  }

  @Test
  void theFiltersExistOncePerNameAfterASecondStartWithTheCaseAndTheFamilyBesideEachTask() {
    Filter mine = filters.createFilterQuery().filterName(TaskListFilters.MY_TASKS).singleResult();
    Map<String, Object> original = new HashMap<>(mine.getProperties());
    Map<String, Object> changed = new HashMap<>(original);
    changed.put("description", "изменено администратором");
    engine.asApplication(() -> filters.saveFilter(mine.setProperties(changed)));
    try {
      initializer.run(null);

      for (String name : names()) {
        List<Filter> found = filters.createFilterQuery().filterName(name).list();
        assertThat(found).as(name).hasSize(1);
        assertThat(found.get(0).getProperties().get("variables")).isEqualTo(List.of(
            Map.of("name", "caseNumber", "label", "Номер дела"), Map.of("name", "familyName", "label", "Семья")));
      }
      // the starter's own filter comes after the product's, with the same columns
      Filter all = filters.createFilterQuery().filterName("Все задачи").singleResult();
      assertThat(all.getProperties()).containsEntry("priority", TaskListFilters.ALL_TASKS_PRIORITY)
          .containsKey("variables");
      assertThat(filters.getFilter(mine.getId()).getProperties().get("description")).as("left as changed")
          .isEqualTo("изменено администратором");
      assertThat(TaskListFilters.dueSoonName(7)).isEqualTo("Срок истекает (7 дней)");
      assertThat(TaskListFilters.dueSoonName(3)).isEqualTo("Срок истекает (3 дня)");
      assertThat(TaskListFilters.dueSoonName(21)).isEqualTo("Срок истекает (21 день)");
    } finally {
      engine.asApplication(() -> filters.saveFilter(filters.getFilter(mine.getId()).setProperties(original)));
    }
  }

  @Test
  void aCaseworkerSeesTheFiltersButThroughThemOnlyTheirOwnAndTheirGroupsTasks() {
    CaseSteps steps = new CaseSteps(http, runtime, tasks, management, identity);
    // one family waiting for its interview (caseworkers), one for a decision (managers only)
    String interviewCase = steps.file(CaseSteps.family());
    String decisionCase = steps.toDecision(CaseSteps.family());
    Task interview = steps.task(interviewCase, "Task_InterviewApplicant");
    Task decision = steps.task(decisionCase, "Task_DecidePetition");
    String dueSoon = TaskListFilters.dueSoonName(taskList.dueSoonDays());

    assertThat(as("caseworker", () -> filters.createTaskFilterQuery().list()).stream().map(Filter::getName))
        .contains(TaskListFilters.MY_TASKS, TaskListFilters.GROUP_TASKS, dueSoon);
    assertThat(taskIds("caseworker", TaskListFilters.GROUP_TASKS)).contains(interview.getId()).doesNotContain(decision.getId());
    assertThat(taskIds("caseworker", dueSoon)).contains(interview.getId()).doesNotContain(decision.getId());
    assertThat(taskIds("manager", TaskListFilters.GROUP_TASKS)).contains(interview.getId(), decision.getId());

    as("caseworker", () -> {
      tasks.claim(interview.getId(), "caseworker");
      return null;
    });
    assertThat(taskIds("caseworker", TaskListFilters.MY_TASKS)).contains(interview.getId());
    assertThat(taskIds("caseworker", TaskListFilters.GROUP_TASKS)).doesNotContain(interview.getId());
    assertThat(taskIds("caseworker", dueSoon)).as("claimed, still due soon").contains(interview.getId());
    assertThat(taskIds("caseworker2", TaskListFilters.MY_TASKS)).doesNotContain(interview.getId());
    assertThat(taskIds("manager", TaskListFilters.MY_TASKS)).doesNotContain(interview.getId(), decision.getId());
    assertThat(taskIds("manager", dueSoon)).doesNotContain(decision.getId());

    // as Tasklist runs it, over engine REST: the stored expressions pass the guard
    Filter groupTasks = filters.createFilterQuery().filterName(TaskListFilters.GROUP_TASKS).singleResult();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var response = http.withBasicAuth("caseworker", "demo").exchange("/engine-rest/filter/" + groupTasks.getId() + "/list",
        HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).doesNotContain(decision.getId());
  }

  private List<String> taskIds(String user, String filterName) {
    return as(user, () -> {
      Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
      return filters.<Task>list(filter.getId()).stream().map(Task::getId).toList();
    });
  }

  /** Runs the call as the user with their groups, so that the engine's authorizations and the guard apply. */
  private <T> T as(String user, Supplier<T> call) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
