package kz.migration.refugee.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Open tasks per caseworker and, for tasks nobody has claimed, per candidate group, from the engine's task
 * service (its runtime tables, counted by the engine, not copied).
 */
@Service
class Workload {

  record Assignee(String userId, long openTasks) {}

  record Group(String groupId, long unassignedTasks) {}

  record View(long openTasks, long assignedTasks, long unassignedTasks, List<Assignee> byAssignee, List<Group> byGroup) {}

  private final TaskService tasks;
  private final IdentityService identity;

  Workload(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  View current() {
    // Counts only, no task content: computed without the caller's task authorizations, so that an auditor
    // (who may read no task) sees the department's whole workload like a manager does.
    return withoutAuthorization(() -> {
      long open = tasks.createTaskQuery().active().count();
      long assigned = tasks.createTaskQuery().active().taskAssigned().count();
      List<Assignee> byAssignee = new ArrayList<>();
      long named = 0;
      for (User user : identity.createUserQuery().orderByUserId().asc().list()) {
        long n = tasks.createTaskQuery().active().taskAssignee(user.getId()).count();
        if (n > 0) {
          byAssignee.add(new Assignee(user.getId(), n));
          named += n;
        }
      }
      if (assigned > named) {
        // assigned to an id no longer among the users: shown together rather than lost
        byAssignee.add(new Assignee(null, assigned - named));
      }
      byAssignee.sort(Comparator.comparingLong(Assignee::openTasks).reversed());
      // The engine's task report counts unassigned tasks by candidate group.
      List<Group> byGroup = tasks.createTaskReport().taskCountByCandidateGroup().stream()
          .map(r -> new Group(r.getGroupName(), r.getTaskCount())).toList();
      return new View(open, assigned, open - assigned, byAssignee, byGroup);
    });
  }

  private <T> T withoutAuthorization(Supplier<T> work) {
    var current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
