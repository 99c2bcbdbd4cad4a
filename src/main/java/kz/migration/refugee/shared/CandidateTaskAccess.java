package kz.migration.refugee.shared;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may read and work a task follows from the task's candidate groups, not from authorization rows per task.
 * <p>
 * The engine's default writes an authorization row for every candidate group and assignee of every task
 * (two hundred thousand rows at a hundred thousand open tasks) and joins them into every task query, which grows
 * with the open work faster than the work itself. Here no such row is written. A user whose groups hold a
 * department-wide grant to read tasks (managers, auditors: {@link RoleAuthorizations}) is checked against that grant as
 * before; anyone else (caseworkers) reads and works exactly the tasks one of their groups is a candidate of, or that
 * they hold: their task queries are narrowed to their groups (a query naming other groups keeps only the user's own),
 * with no row check, and a single task is read, claimed or completed if they are its assignee or one of their groups
 * is its candidate. {@link CandidateGroupsOnly} still decides who may take and finish a step.
 */
@Component
class CandidateTaskAccess extends AbstractProcessEnginePlugin {

  /** A group id no group has: a narrowing that leaves none of the user's groups finds nothing. */
  static final String NO_GROUP = "";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new NoTaskRows());
    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new CandidateAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(sessions);
    configuration.setCommandCheckers(new ArrayList<>(List.of(new TenantCommandChecker(), new CandidateCommandChecker())));
  }

  /** The engine's default grants, without the rows per task. */
  static final class NoTaskRows extends DefaultAuthorizationProvider {
    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
      return NONE;
    }
  }

  /** Task queries of users without a department-wide read grant are narrowed to their groups' tasks. */
  static final class CandidateAuthorizationManager extends AuthorizationManager {
    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (!check.isAuthorizationCheckEnabled() || check.getAuthUserId() == null
          || readsAllTasks(check.getAuthUserId(), check.getAuthGroupIds())) {
        return;
      }
      TaskQueries.narrowToGroups(query, check.getAuthGroupIds());
      check.setAuthorizationCheckEnabled(false);
      check.setShouldPerformAuthorizatioCheck(false);
    }

    private boolean readsAllTasks(String user, List<String> groups) {
      return isAuthorized(user, groups, Permissions.READ, Resources.TASK, "*");
    }
  }

  /** Single tasks: their assignee or a member of a candidate group reads and works them. */
  static final class CandidateCommandChecker extends AuthorizationCommandChecker {
    @Override
    public void checkReadTask(TaskEntity task) {
      if (!isCandidate(task)) {
        super.checkReadTask(task);
      }
    }

    @Override
    public void checkReadTaskVariable(TaskEntity task) {
      if (!isCandidate(task)) {
        super.checkReadTaskVariable(task);
      }
    }

    @Override
    public void checkTaskAssign(TaskEntity task) {
      if (!isCandidate(task)) {
        super.checkTaskAssign(task);
      }
    }

    @Override
    public void checkTaskWork(TaskEntity task) {
      if (!isCandidate(task)) {
        super.checkTaskWork(task);
      }
    }

    private static boolean isCandidate(TaskEntity task) {
      Authentication auth = Context.getCommandContext().getAuthentication();
      if (auth == null || auth.getUserId() == null) {
        return false;
      }
      if (auth.getUserId().equals(task.getAssignee())) {
        return true;
      }
      List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
      for (IdentityLinkEntity link : task.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())
            && (groups.contains(link.getGroupId()) || auth.getUserId().equals(link.getUserId()))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The query's own candidate criteria, kept within the user's groups. The engine offers no public way to change a
   * query once built, so its fields are set directly; the field names are checked at start-up.
   */
  static final class TaskQueries {
    private static final Field CANDIDATE_USER = field("candidateUser");
    private static final Field CANDIDATE_GROUP = field("candidateGroup");
    private static final Field CANDIDATE_GROUPS = field("candidateGroups");
    private static final Field CANDIDATE_GROUP_LIKE = field("candidateGroupLike");
    private static final Field INCLUDE_ASSIGNED = field("includeAssignedTasks");
    private static final Field CACHED_GROUPS = field("cachedCandidateGroups");

    private TaskQueries() {}

    static void narrowToGroups(TaskQueryImpl query, List<String> userGroups) {
      Set<String> mine = new LinkedHashSet<>(userGroups == null ? List.of() : userGroups);
      try {
        String like = (String) CANDIDATE_GROUP_LIKE.get(query);
        boolean asked = query.getCandidateUser() != null || query.getCandidateGroup() != null
            || query.getCandidateGroupsInternal() != null || like != null
            || Boolean.TRUE.equals(query.isWithCandidateGroupsInternal()) || Boolean.TRUE.equals(query.isWithCandidateUsers());
        Set<String> allowed = new LinkedHashSet<>(mine);
        if (query.getCandidateUser() != null || query.getCandidateGroup() != null
            || query.getCandidateGroupsInternal() != null) {
          // the groups the query asks for (a candidate user's groups included), as the engine computes them
          List<String> wanted = query.getCandidateGroups();
          allowed.retainAll(wanted == null ? List.of() : wanted);
        }
        if (like != null) {
          Pattern pattern = likePattern(like);
          allowed.removeIf(group -> !pattern.matcher(group).matches());
        }
        CANDIDATE_USER.set(query, null);
        CANDIDATE_GROUP.set(query, null);
        CANDIDATE_GROUP_LIKE.set(query, null);
        CANDIDATE_GROUPS.set(query, allowed.isEmpty() ? List.of(NO_GROUP) : List.copyOf(allowed));
        CACHED_GROUPS.set(query, null);
        if (!asked) {
          // the user asked for no candidates: every task of their groups, also those taken by someone
          INCLUDE_ASSIGNED.set(query, Boolean.TRUE);
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("task query fields not accessible", e);
      }
    }

    private static Pattern likePattern(String like) {
      StringBuilder regex = new StringBuilder();
      for (char c : like.toCharArray()) {
        regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
      }
      return Pattern.compile(regex.toString());
    }

    private static Field field(String name) {
      try {
        Field field = TaskQueryImpl.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("the engine's task query has no field " + name, e);
      }
    }
  }
}
