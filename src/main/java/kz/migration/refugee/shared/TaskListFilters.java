package kz.migration.refugee.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters a caseworker or manager works from, created at start-up by the application (people may not
 * create filters, {@link ClientCommandGuard}). A filter is created only if none of its name exists: a restart, or a
 * second node, leaves what is there — also a filter an administrator has since changed. Each shows the case number
 * and the family's name beside the task, which Tasklist also offers as search criteria under these labels. Who may
 * read them: {@link RoleAuthorizations} ({@code FILTER} for the case groups); which tasks each shows: the engine's
 * narrowing of task queries to the user's groups ({@link CandidateTaskAccess}: a caseworker sees only tasks of the
 * groups they belong to). Their sort orders are indexed ({@link EngineIndexes}).
 */
@Component
@Order(0)
class TaskListFilters implements ApplicationRunner {

  static final String MY_TASKS = "Мои задачи";
  static final String GROUP_TASKS = "Задачи группы";
  static final String PRIORITY_TASKS = "Приоритетные";
  /** The priority of a task nobody raised (the models' ordinary step); the «Приоритетные» filter shows those above. */
  static final int NORMAL_TASK_PRIORITY = 50;
  /** After «Мои задачи» (-10), «Задачи группы» (-5), «Срок истекает» (0) and «Приоритетные» (5). */
  static final int ALL_TASKS_PRIORITY = 10;

  private final FilterService filters;
  private final TaskService tasks;
  private final EngineCalls engine;
  private final TaskListProperties taskList;
  private final String allTasks;

  TaskListFilters(FilterService filters, TaskService tasks, EngineCalls engine, TaskListProperties taskList,
      @Value("${camunda.bpm.filter.create:}") String allTasks) {
    this.allTasks = allTasks;
    this.filters = filters;
    this.tasks = tasks;
    this.engine = engine;
    this.taskList = taskList;
  }

  @Override
  public void run(ApplicationArguments args) {
    // as the application: the guard refuses filter changes to people, and nobody is logged in at start-up anyway
    engine.asApplication(() -> {
      create(MY_TASKS, -10, "Задачи, взятые мной в работу", "#1f77b4",
          tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
      // as Camunda's own "group tasks": what my groups may claim and nobody has taken yet
      create(GROUP_TASKS, -5, "Задачи моих групп, которые ещё никто не взял в работу", "#2ca02c",
          tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
              .orderByDueDate().asc());
      int days = taskList.dueSoonDays();
      create(dueSoonName(days), 0, "Задачи моих групп (и взятые в работу) со сроком в ближайшие " + days + " "
              + RussianText.plural(days, "день", "дня", "дней") + " или уже просроченные", "#d62728",
          tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
              .dueBeforeExpression("${dateTime().plusDays(" + days + ").toDate()}").orderByDueDate().asc());
      // raised by the models (decisions, escalations) or by the family's specific needs (the task-priority table)
      create(PRIORITY_TASKS, 5, "Задачи моих групп (и взятые в работу) с приоритетом выше обычного: сначала самые "
              + "срочные", "#ff7f0e",
          tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
              .taskMinPriority(NORMAL_TASK_PRIORITY + 1).orderByTaskPriority().desc().orderByDueDate().asc());
      placeAllTasksLast();
    });
  }

  /**
   * The starter creates its «Все задачи» filter with no properties, and Tasklist then places it, and may open it first,
   * in no fixed order: it goes after the product's filters, with the case and the family beside each task. Once only:
   * a filter that already has a priority is left as it is.
   */
  private void placeAllTasksLast() {
    if (allTasks.isBlank()) {
      return;
    }
    for (Filter filter : filters.createFilterQuery().filterName(allTasks).list()) {
      Map<String, Object> properties = new LinkedHashMap<>();
      if (filter.getProperties() != null) {
        properties.putAll(filter.getProperties());
      }
      if (!properties.containsKey("priority")) {
        properties.put("priority", ALL_TASKS_PRIORITY);
        properties.putIfAbsent("description", "Все задачи, которые мне доступны");
        properties.putIfAbsent("variables", listVariables());
        filters.saveFilter(filter.setProperties(properties));
      }
    }
  }

  static String dueSoonName(int days) {
    return "Срок истекает (" + days + " " + RussianText.plural(days, "день", "дня", "дней") + ")";
  }

  /** The variables shown beside each task, and offered by Tasklist's search, with their Russian labels. */
  static List<Map<String, String>> listVariables() {
    return List.of(
        Map.of("name", TaskListVariables.CASE_NUMBER.name(), "label", TaskListVariables.CASE_NUMBER_LABEL),
        Map.of("name", TaskListVariables.FAMILY_NAME.name(), "label", TaskListVariables.FAMILY_NAME_LABEL));
  }

  private void create(String name, int priority, String description, String color, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", listVariables());
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }
}
