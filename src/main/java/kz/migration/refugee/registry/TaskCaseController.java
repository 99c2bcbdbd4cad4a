package kz.migration.refugee.registry;

import java.net.URI;
import java.util.List;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case page of a task, for Tasklist's «Дело» tab: the task's process works on the case its business key
 * names. Resolved here rather than in the browser, so that the page needs no engine call a caseworker may not make,
 * and the address the person ends up on is the case number, not the task's id. A caseworker reaches only tasks
 * assigned to them or offered to one of their groups; managers and auditors any.
 */
@RestController
class TaskCaseController {

  private final TaskService tasks;
  private final RuntimeService runtime;

  TaskCaseController(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  /** {@code ?framed}: for the tab, the case page without its own header (Tasklist's is around it). */
  @GetMapping("/cases/task/{taskId}")
  @PreAuthorize("hasAnyRole('caseworkers','managers','auditors')")
  ResponseEntity<Void> caseOfTask(@PathVariable String taskId, @RequestParam(required = false) String framed,
      Authentication user) {
    // the login's Camunda groups, already read into its roles at the login
    List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).toList();
    TaskQuery query = tasks.createTaskQuery().taskId(taskId);
    if (!groups.contains(Roles.MANAGERS) && !groups.contains(Roles.AUDITORS)) {
      query = query.or().taskAssignee(user.getName()).taskCandidateGroupIn(groups).endOr();
    }
    Task task = query.singleResult();
    ProcessInstance instance = task == null || task.getProcessInstanceId() == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    if (instance == null || instance.getBusinessKey() == null || !CaseNumber.isValid(instance.getBusinessKey())) {
      throw new NotFoundException("task", taskId);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION,
            URI.create("/cases/" + instance.getBusinessKey() + (framed == null ? "" : "?framed")).toString()).build();
  }
}
