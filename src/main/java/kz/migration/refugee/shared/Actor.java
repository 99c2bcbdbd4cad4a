package kz.migration.refugee.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who is acting in a process step: the logged-in user, else the task's assignee. */
public final class Actor {

  /** Recorded for steps taken by the engine itself (timers, asynchronous jobs). */
  public static final String SYSTEM = "system";

  private Actor() {}

  public static String of(DelegateTask task) {
    String user = authenticated(task);
    if (user != null) {
      return user;
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }

  public static String of(DelegateExecution execution) {
    String user = authenticated(execution);
    return user != null ? user : SYSTEM;
  }

  private static String authenticated(ProcessEngineServicesAware scope) {
    Authentication auth = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
