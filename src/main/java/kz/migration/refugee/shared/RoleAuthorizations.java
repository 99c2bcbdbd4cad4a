package kz.migration.refugee.shared;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.AUTHORIZATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.GROUP_MEMBERSHIP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.TENANT;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine, in one place. Applied at every start-up: the four groups are
 * created if missing and each grant below is set to exactly these permissions (idempotent).
 * Work on individual tasks comes from the models' candidate groups: the engine grants a task's
 * candidate group read and work on that task only, so caseworkers never see managers' decisions.
 */
@Component
@Order(-10)
class RoleAuthorizations implements ApplicationRunner {

  record Grant(String group, Resource resource, String resourceId, Permission... permissions) {}

  static final Map<String, String> GROUPS = Map.of(
      Roles.CASEWORKERS, "Сотрудники (исполнители)",
      Roles.MANAGERS, "Руководители",
      Roles.AUDITORS, "Аудиторы",
      Roles.ADMINS, "Администраторы");

  /**
   * The processes people start (a petition filed, a written request to return home). The annual recheck is
   * started only by the scheduler: nobody may start one by hand.
   */
  static final List<String> STARTED_BY_PEOPLE = List.of("petition", "voluntary-return");

  static final List<Grant> GRANTS = Stream.of(List.of(
      // caseworkers: start and work the case processes; see their cases; no decisions (candidate groups), no audit
      new Grant(Roles.CASEWORKERS, APPLICATION, "tasklist", ACCESS),
      new Grant(Roles.CASEWORKERS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE),
      new Grant(Roles.CASEWORKERS, PROCESS_INSTANCE, "*", CREATE, READ, UPDATE),
      new Grant(Roles.CASEWORKERS, FILTER, "*", READ),
      // managers: as caseworkers, plus decisions (candidate groups), monitoring in Cockpit, incidents
      new Grant(Roles.MANAGERS, APPLICATION, "tasklist", ACCESS),
      new Grant(Roles.MANAGERS, APPLICATION, "cockpit", ACCESS),
      new Grant(Roles.MANAGERS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, UPDATE_INSTANCE, READ_HISTORY),
      new Grant(Roles.MANAGERS, PROCESS_INSTANCE, "*", CREATE, READ, UPDATE),
      new Grant(Roles.MANAGERS, TASK, "*", READ),
      new Grant(Roles.MANAGERS, HISTORIC_TASK, "*", HistoricTaskPermissions.READ),
      new Grant(Roles.MANAGERS, HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
      new Grant(Roles.MANAGERS, DECISION_DEFINITION, "*", READ, READ_HISTORY),
      new Grant(Roles.MANAGERS, DECISION_REQUIREMENTS_DEFINITION, "*", READ),
      new Grant(Roles.MANAGERS, DEPLOYMENT, "*", READ),
      new Grant(Roles.MANAGERS, BATCH, "*", BatchPermissions.READ),
      new Grant(Roles.MANAGERS, FILTER, "*", READ),
      // auditors: read-only, everywhere
      new Grant(Roles.AUDITORS, APPLICATION, "cockpit", ACCESS),
      new Grant(Roles.AUDITORS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY),
      new Grant(Roles.AUDITORS, PROCESS_INSTANCE, "*", READ),
      new Grant(Roles.AUDITORS, TASK, "*", READ),
      new Grant(Roles.AUDITORS, HISTORIC_TASK, "*", HistoricTaskPermissions.READ),
      new Grant(Roles.AUDITORS, HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
      new Grant(Roles.AUDITORS, DECISION_DEFINITION, "*", READ, READ_HISTORY),
      new Grant(Roles.AUDITORS, DECISION_REQUIREMENTS_DEFINITION, "*", READ),
      new Grant(Roles.AUDITORS, DEPLOYMENT, "*", READ),
      new Grant(Roles.AUDITORS, OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ),
      // admins: users, groups and authorizations; nothing of the cases
      new Grant(Roles.ADMINS, APPLICATION, "admin", ACCESS),
      new Grant(Roles.ADMINS, USER, "*", ALL),
      new Grant(Roles.ADMINS, GROUP, "*", ALL),
      new Grant(Roles.ADMINS, GROUP_MEMBERSHIP, "*", ALL),
      new Grant(Roles.ADMINS, AUTHORIZATION, "*", ALL),
      // Tasklist filters may hold expressions, which the engine evaluates: only admins create them.
      new Grant(Roles.ADMINS, FILTER, "*", ALL),
      new Grant(Roles.ADMINS, TENANT, "*", READ)),
      STARTED_BY_PEOPLE.stream().flatMap(key -> Stream.of(
          new Grant(Roles.CASEWORKERS, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE, READ_INSTANCE),
          new Grant(Roles.MANAGERS, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE, READ_INSTANCE, UPDATE_INSTANCE,
              READ_HISTORY))).toList())
      .flatMap(List::stream).toList();

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  RoleAuthorizations(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    GROUPS.forEach((id, name) -> {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    });
    for (Grant grant : GRANTS) {
      Authorization authorization = authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(grant.group())
          .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
      if (authorization == null) {
        authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
      }
      authorization.setPermissions(grant.permissions());
      authorizations.saveAuthorization(authorization);
    }
  }
}
