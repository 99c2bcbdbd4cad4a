package kz.migration.refugee.shared;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.query.Query;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place every engine call of a client passes through, whatever the door: engine REST, the webapps' API
 * ({@code /camunda/api/engine}), or the Java API. Engine authorizations say which resources a role may touch;
 * this guard says which <em>operations</em> a person may perform on a case at all, and it checks them on the
 * engine's parsed command, so no encoding, path variant or client escapes it.
 * <ul>
 *   <li>A form step (task completion, form submission, a process start) accepts only its form's fields; every
 *       other variable is the process's own. No client writes, patches or removes variables otherwise.</li>
 *   <li>People claim and release only for themselves; no identity links, task delegation, due dates or
 *       priorities, no process-instance modification, migration, restart, suspension or deletion, no message or
 *       signal correlation (the domain API does that after its checks, see {@link EngineCalls}), no job
 *       execution, no deployments, filters, history deletion or engine properties.</li>
 *   <li>Operators (and only they) retry a failed job or move a timer; each repair is published as
 *       {@link EngineRepaired} for the audit trail.</li>
 *   <li>Administrators manage users, groups and memberships, never their own; nobody joins {@code camunda-admin}
 *       or holds an administrator's and a case role at once; a password is changed only by its owner;
 *       authorizations are granted at run time only on identity resources (the case resources' grants are the
 *       application's, {@link RoleAuthorizations}). Each change is published as {@link AccessChanged}.</li>
 *   <li>Query expressions are limited to Tasklist's own ({@link QueryExpressionGuard#ALLOWED}), checked on the
 *       parsed task query, on an executed filter's stored query and on its extending query.</li>
 * </ul>
 * Calls made inside a running command (delegates, listeners) and the application's own commands are not
 * clients' and pass. Unauthenticated outermost calls come from the application itself (start-up, job
 * executor, scheduler); only the form rule of task completions applies to them.
 */
@Component
class ClientCommandGuard extends AbstractProcessEnginePlugin {

  /** Groups whose members work or read cases: none of them may also be an administrator. */
  static final Set<String> CASE_GROUPS = RoleAuthorizations.GROUPS.keySet().stream()
      .filter(g -> !Roles.ADMINS.equals(g)).collect(Collectors.toUnmodifiableSet());
  /** The groups the product defines: not renamed, not deleted at run time. */
  static final Set<String> PRODUCT_GROUPS = Stream.concat(RoleAuthorizations.GROUPS.keySet().stream(),
      Stream.of(Roles.CAMUNDA_ADMIN)).collect(Collectors.toUnmodifiableSet());
  /** Resources on which administrators may grant at run time: identity only, never case data. */
  static final Set<Integer> GRANTABLE = Set.of(Resources.USER.resourceType(), Resources.GROUP.resourceType(),
      Resources.GROUP_MEMBERSHIP.resourceType(), Resources.APPLICATION.resourceType());

  /** A person's work on a task: checked on the task inside the command itself ({@link #check} returns no audit). */
  private static final Set<String> CHECKED_IN_COMMAND = Set.of("CompleteTaskCmd", "SubmitTaskFormCmd",
      "ClaimTaskCmd", "AssignTaskCmd");

  /** Reads the webapps and clients need that do not follow the engine's naming of queries. */
  private static final Set<String> READS = Set.of("AuthorizationCheckCmd", "DetermineHistoryLevelCmd",
      "CreateFilterCmd", "CreateUserCmd", "CreateGroupCmd", "CreateTenantCmd", "CreateUserQueryCmd",
      "CreateGroupQueryCmd", "CreateTenantQueryCmd", "CreateNativeUserQueryCmd", "CreateAuthorizationCommand");

  private final ProcessForms forms;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private ProcessEngineConfigurationImpl engine;

  ClientCommandGuard(ProcessForms forms, ApplicationEventPublisher events, PlatformTransactionManager transactions,
      Clock clock) {
    this.forms = forms;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.engine = configuration;
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private final class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null || command.getClass().getName().startsWith("kz.migration.refugee.")) {
        return next.execute(command);
      }
      Authentication user = engine.getIdentityService().getCurrentAuthentication();
      if (CHECKED_IN_COMMAND.contains(command.getClass().getSimpleName())) {
        // checked in the command's own context and transaction: the task read for the check is then the one the
        // command works on, not read again in a transaction of its own (these checks publish no audit event)
        return next.execute(context -> {
          check(command, user);
          return command.execute(context);
        });
      }
      Supplier<Object> audit = check(command, user);
      if (audit == null) {
        return next.execute(command);
      }
      return transaction.execute(status -> {
        T result = next.execute(command);
        events.publishEvent(audit.get());
        return result;
      });
    }
  }

  /**
   * Refuses what the client may not do; returns the audit event to publish with the command, or null.
   * Package-private for the tests that list which engine operations people may perform.
   */
  Supplier<Object> check(Command<?> command, Authentication user) {
    String name = command.getClass().getSimpleName();
    switch (name) {
      case "CompleteTaskCmd" -> {
        taskFormOnly(read(command, "taskId"), read(command, "variables"));
        return null;
      }
      case "SubmitTaskFormCmd" -> {
        taskFormOnly(read(command, "taskId"), read(command, "properties"));
        return null;
      }
      case "StartProcessInstanceCmd" -> {
        ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder");
        startFormOnly(start.getProcessDefinitionKey(), start.getProcessDefinitionId(), start.getBusinessKey(),
            start.getVariables(), user);
        return null;
      }
      case "SubmitStartFormCmd" -> {
        startFormOnly(null, read(command, "processDefinitionId"), read(command, "businessKey"),
            read(command, "variables"), user);
        return null;
      }
      default -> {
        // below: only what people send; the application's own unauthenticated calls pass
      }
    }
    if (user == null || user.getUserId() == null) {
      return null;
    }
    if (command instanceof TaskQueryImpl query) {
      checkExpressions(query);
      return null;
    }
    if (command instanceof AbstractQuery<?, ?> || !command.getClass().getName().startsWith("org.camunda.bpm.engine.")) {
      // engine queries, and the webapps' own read plugins (Cockpit, Tasklist, Admin)
      return null;
    }
    return switch (name) {
      case "ExecuteFilterListCmd", "ExecuteFilterListPageCmd", "ExecuteFilterCountCmd", "ExecuteFilterSingleResultCmd" -> {
        checkFilter(read(command, "filterId"), read(command, "extendingQuery"));
        yield null;
      }
      case "ClaimTaskCmd", "AssignTaskCmd" -> {
        ownTaskOnly(read(command, "taskId"), read(command, "userId"), user);
        yield null;
      }
      case "AddCommentCmd" -> null;
      case "SetJobRetriesCmd" -> repair(name, user, () -> {
        int retries = read(command, "retries");
        if (retries < 1) {
          throw refused("повтор задания задаётся числом попыток не меньше 1");
        }
        return "job=" + read(command, "jobId") + " jobDefinition=" + read(command, "jobDefinitionId")
            + " jobs=" + read(command, "jobIds") + " retries=" + retries;
      });
      case "SetJobDuedateCmd" -> repair(name, user, () -> {
        Date due = read(command, "newDuedate");
        return "job=" + read(command, "jobId") + " due=" + (due == null ? null : due.toInstant());
      });
      case "UnlockUserCmd" -> identity(name, user, () -> "user=" + read(command, "userId"));
      case "SaveUserCmd" -> {
        User changed = read(command, "user");
        // everyone keeps their own profile and password; everything else is an administrator's
        yield changed.getId().equals(user.getUserId())
            ? audited(name, user, saveUser(changed, user)) : identity(name, user, () -> saveUser(changed, user));
      }
      case "DeleteUserCmd" -> identity(name, user, () -> {
        String userId = read(command, "userId");
        if (isMember(userId, Roles.CAMUNDA_ADMIN) || userId.equals(user.getUserId())) {
          throw refused("эту учётную запись удалить нельзя");
        }
        return "user=" + userId;
      });
      case "SaveGroupCmd" -> identity(name, user, () -> {
        Group group = read(command, "group");
        if (PRODUCT_GROUPS.contains(group.getId())) {
          throw refused("группы ролей продукта задаются приложением");
        }
        return "group=" + group.getId();
      });
      case "DeleteGroupCmd" -> identity(name, user, () -> {
        String groupId = read(command, "groupId");
        if (PRODUCT_GROUPS.contains(groupId)) {
          throw refused("группы ролей продукта задаются приложением");
        }
        return "group=" + groupId;
      });
      case "CreateMembershipCmd" -> identity(name, user, () -> membership(read(command, "userId"),
          read(command, "groupId"), user, true));
      case "DeleteMembershipCmd" -> identity(name, user, () -> membership(read(command, "userId"),
          read(command, "groupId"), user, false));
      case "SaveAuthorizationCmd" -> identity(name, user, () -> {
        AuthorizationEntity authorization = read(command, "authorization");
        grantableOnly(authorization.getResourceType());
        if (authorization.getId() != null) {
          AuthorizationEntity existing = privileged(
              c -> c.getDbEntityManager().selectById(AuthorizationEntity.class, authorization.getId()));
          if (existing != null) {
            grantableOnly(existing.getResourceType());
          }
        }
        return describe(authorization);
      });
      case "DeleteAuthorizationCmd" -> identity(name, user, () -> {
        String id = read(command, "authorizationId");
        AuthorizationEntity existing = privileged(c -> c.getDbEntityManager().selectById(AuthorizationEntity.class, id));
        if (existing != null) {
          grantableOnly(existing.getResourceType());
          return describe(existing);
        }
        return "authorization=" + id;
      });
      default -> {
        if (READS.contains(name) || name.startsWith("Get") || name.startsWith("Is") || name.startsWith("Check")
            || name.startsWith("Find") || name.endsWith("QueryImpl")) {
          yield null;
        }
        throw refused("эта операция движка людям недоступна: ход дела меняется только шагами процесса "
            + "и API дела");
      }
    };
  }

  private void taskFormOnly(String taskId, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    Set<String> allowed = privileged(c -> {
      TaskEntity task = c.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null) {
        return Set.<String>of();
      }
      ProcessDefinitionEntity definition = c.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
      return forms.taskFields(definition.getKey(), task.getTaskDefinitionKey());
    });
    formFieldsOnly(variables.keySet(), allowed);
  }

  private void startFormOnly(String key, String definitionId, String businessKey, Map<String, ?> variables,
      Authentication user) {
    if (user == null || user.getUserId() == null) {
      // the application's own starts (scheduler, import) carry the ids the process needs
      return;
    }
    if (businessKey != null) {
      throw new BadUserRequestException("businessKey: номер дела присваивает система, клиент его не задаёт");
    }
    if (variables == null || variables.isEmpty()) {
      return;
    }
    String processKey = key != null ? key : privileged(c -> c.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(definitionId).getKey());
    formFieldsOnly(variables.keySet(), forms.startFields(processKey));
  }

  private static void formFieldsOnly(Collection<String> submitted, Set<String> allowed) {
    Set<String> foreign = new TreeSet<>(submitted);
    foreign.removeAll(allowed);
    if (!foreign.isEmpty()) {
      throw new BadUserRequestException(String.join(", ", foreign)
          + ": не поле формы этого шага; шаг принимает только поля своей формы");
    }
  }

  private void ownTaskOnly(String taskId, String userId, Authentication user) {
    String assignee = privileged(c -> {
      TaskEntity task = c.getTaskManager().findTaskById(taskId);
      return task == null ? null : task.getAssignee();
    });
    // a claim for oneself of a task someone else holds is the engine's conflict (409), not a refusal here
    boolean claimForSelf = user.getUserId().equals(userId);
    boolean release = userId == null && user.getUserId().equals(assignee);
    if (!claimForSelf && !release) {
      throw refused("задачу берёт в работу и возвращает только сам исполнитель");
    }
  }

  private void checkFilter(String filterId, Query<?, ?> extending) {
    if (extending instanceof TaskQueryImpl query) {
      checkExpressions(query);
    }
    Query<?, ?> stored = privileged(c -> {
      FilterEntity filter = c.getFilterManager().findFilterById(filterId);
      return filter == null ? null : filter.getQuery();
    });
    if (stored instanceof TaskQueryImpl query) {
      checkExpressions(query);
    }
  }

  static void checkExpressions(TaskQueryImpl query) {
    List<TaskQueryImpl> all = new ArrayList<>();
    all.add(query);
    if (query.getQueries() != null) {
      all.addAll(query.getQueries());
    }
    for (TaskQueryImpl part : all) {
      for (String expression : part.getExpressions().values()) {
        if (expression != null && !QueryExpressionGuard.ALLOWED.matcher(expression.strip()).matches()) {
          throw new BadUserRequestException("В запросах задач и фильтрах допускаются только выражения "
              + "${currentUser()}, ${currentUserGroups()}, ${now()} и ${dateTime()...}");
        }
      }
    }
  }

  private Supplier<Object> repair(String name, Authentication user, Supplier<String> target) {
    if (!groups(user).contains(Roles.OPERATORS)) {
      throw refused("ремонт заданий движка выполняют только операторы сопровождения");
    }
    String described = target.get();
    return () -> new EngineRepaired(name.replace("Cmd", ""), described, user.getUserId(), clock.instant());
  }

  private Supplier<Object> identity(String name, Authentication user, Supplier<String> target) {
    if (!groups(user).contains(Roles.ADMINS)) {
      throw refused("пользователей, группы и права меняют только администраторы");
    }
    String described = target.get();
    return () -> new AccessChanged(name.replace("Cmd", ""), described, user.getUserId(), clock.instant());
  }

  private Supplier<Object> audited(String name, Authentication user, String target) {
    return () -> new AccessChanged(name.replace("Cmd", ""), target, user.getUserId(), clock.instant());
  }

  private String saveUser(User changed, Authentication user) {
    boolean exists = privileged(c -> c.getReadOnlyIdentityProvider().findUserById(changed.getId()) != null);
    if (exists && isMember(changed.getId(), Roles.CAMUNDA_ADMIN)) {
      throw refused("системную учётную запись изменить нельзя");
    }
    Object newPassword = changed instanceof org.camunda.bpm.engine.impl.persistence.entity.UserEntity entity
        ? read(entity, "newPassword") : null;
    if (exists && newPassword != null && !changed.getId().equals(user.getUserId())) {
      throw refused("пароль меняет только сам пользователь (или сброс из командной строки сервера)");
    }
    return "user=" + changed.getId() + (newPassword != null ? " password" : "");
  }

  private String membership(String userId, String groupId, Authentication user, boolean joining) {
    if (Roles.CAMUNDA_ADMIN.equals(groupId)) {
      throw refused("группа camunda-admin снимает все проверки прав и закрыта для людей");
    }
    if (userId.equals(user.getUserId())) {
      throw refused("свои членства в группах администратор не меняет");
    }
    if (joining && CASE_GROUPS.contains(groupId) && isMember(userId, Roles.ADMINS)) {
      throw refused("администратор не может состоять в группе, работающей с делами");
    }
    if (joining && Roles.ADMINS.equals(groupId) && CASE_GROUPS.stream().anyMatch(g -> isMember(userId, g))) {
      throw refused("сотрудник, работающий с делами, не может быть администратором");
    }
    return "user=" + userId + " group=" + groupId;
  }

  private static void grantableOnly(int resourceType) {
    if (!GRANTABLE.contains(resourceType)) {
      throw refused("права на дела, процессы, задачи и историю задаёт приложение; администратор выдаёт только "
          + "права на пользователей, группы и приложения");
    }
  }

  private static String describe(AuthorizationEntity a) {
    return "type=" + a.getAuthorizationType() + " resource=" + a.getResourceType() + ":" + a.getResourceId()
        + " user=" + a.getUserId() + " group=" + a.getGroupId() + " permissions=" + a.getPermissions();
  }

  private static List<String> groups(Authentication user) {
    return user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  private boolean isMember(String userId, String groupId) {
    return privileged(c -> c.getReadOnlyIdentityProvider().createUserQuery().userId(userId).memberOfGroup(groupId)
        .count() > 0);
  }

  /**
   * A lookup of the guard's own, without the caller's authorizations (it decides what they may do): in the command
   * being checked, if any, else in a command of its own.
   */
  private <T> T privileged(Command<T> lookup) {
    Command<T> withoutAuthorization = context -> context.runWithoutAuthorization(() -> lookup.execute(context));
    CommandContext current = Context.getCommandContext();
    return current != null ? withoutAuthorization.execute(current)
        : engine.getCommandExecutorTxRequired().execute(withoutAuthorization);
  }

  private static AuthorizationException refused(String why) {
    return new AuthorizationException(Character.toUpperCase(why.charAt(0)) + why.substring(1));
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Object target, String field) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field f = type.getDeclaredField(field);
        f.setAccessible(true);
        return (T) f.get(target);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("engine command field " + field + " unreadable", e);
      }
    }
    throw new IllegalStateException("engine command " + target.getClass().getName() + " has no field " + field);
  }
}
