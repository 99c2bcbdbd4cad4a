package kz.migration.refugee.shared;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
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
import static org.camunda.bpm.engine.authorization.Resources.SYSTEM;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine, in one place. Applied at every start-up: the four groups are
 * created if missing and each grant below is set to exactly these permissions (idempotent).
 * Work on individual tasks comes from the models' candidate groups ({@link CandidateTaskAccess}): a task's
 * candidate groups read and work that task only, so caseworkers never see managers' decisions.
 */
@Component
@Order(-10)
class RoleAuthorizations implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RoleAuthorizations.class);

  record Grant(String group, Resource resource, String resourceId, Permission... permissions) {}

  static final Map<String, String> GROUPS = Map.of(
      Roles.CASEWORKERS, "Сотрудники (исполнители)",
      Roles.MANAGERS, "Руководители",
      Roles.AUDITORS, "Аудиторы",
      Roles.OPERATORS, "Операторы сопровождения",
      Roles.ADMINS, "Администраторы");

  /**
   * The processes people start (a petition filed, its written withdrawal, the reopening of a case closed as abandoned
   * on the applicant's request, an appeal lodged after the window, a written request to return home, the end of status
   * of chosen members of a recognised family, a family member joining a case later). The annual recheck is started only
   * by the scheduler: nobody may start one by hand.
   */
  static final List<String> STARTED_BY_PEOPLE = List.of("petition", "petition-withdrawal", "petition-reopening",
      "petition-late-appeal", "voluntary-return", "status-end", "member-joining");

  /**
   * Resources whose wildcard grants are the application's alone: any other group-wide grant found on them at
   * start-up (made by hand in an older version, or by a database edit) is removed.
   */
  static final Set<Resource> CASE_RESOURCES = Set.of(PROCESS_DEFINITION, PROCESS_INSTANCE, TASK, HISTORIC_TASK,
      HISTORIC_PROCESS_INSTANCE, DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION, DEPLOYMENT, BATCH, FILTER,
      OPERATION_LOG_CATEGORY, SYSTEM);

  /**
   * Case roles read and work (claim, complete) the tasks of their candidate groups ({@link CandidateTaskAccess}),
   * without a grant per task; nobody has UPDATE on process instances, so no role can
   * set variables, modify, suspend or correlate through the engine's API (the guard refuses it again).
   */
  static final List<Grant> GRANTS = Stream.of(List.of(
      // caseworkers: start the case processes and work their steps; no decisions (candidate groups), no audit
      new Grant(Roles.CASEWORKERS, APPLICATION, "tasklist", ACCESS),
      new Grant(Roles.CASEWORKERS, PROCESS_DEFINITION, "*", READ),
      new Grant(Roles.CASEWORKERS, PROCESS_INSTANCE, "*", CREATE, READ),
      new Grant(Roles.CASEWORKERS, FILTER, "*", READ),
      // managers: as caseworkers, plus decisions (candidate groups) and monitoring in Cockpit, read-only
      new Grant(Roles.MANAGERS, APPLICATION, "tasklist", ACCESS),
      new Grant(Roles.MANAGERS, APPLICATION, "cockpit", ACCESS),
      new Grant(Roles.MANAGERS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY),
      new Grant(Roles.MANAGERS, PROCESS_INSTANCE, "*", CREATE, READ),
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
      // operators: Cockpit, incidents and jobs; retry a failed job or move a timer (the guard allows nothing else)
      new Grant(Roles.OPERATORS, APPLICATION, "cockpit", ACCESS),
      new Grant(Roles.OPERATORS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, UPDATE_INSTANCE,
          ProcessDefinitionPermissions.RETRY_JOB),
      new Grant(Roles.OPERATORS, PROCESS_INSTANCE, "*", READ, ProcessInstancePermissions.RETRY_JOB),
      new Grant(Roles.OPERATORS, DEPLOYMENT, "*", READ),
      new Grant(Roles.OPERATORS, BATCH, "*", BatchPermissions.READ),
      // admins: users, groups and memberships; authorizations only on those (the guard); nothing of the cases
      new Grant(Roles.ADMINS, APPLICATION, "admin", ACCESS),
      new Grant(Roles.ADMINS, USER, "*", ALL),
      new Grant(Roles.ADMINS, GROUP, "*", ALL),
      new Grant(Roles.ADMINS, GROUP_MEMBERSHIP, "*", ALL),
      new Grant(Roles.ADMINS, AUTHORIZATION, "*", ALL),
      new Grant(Roles.ADMINS, TENANT, "*", READ)),
      STARTED_BY_PEOPLE.stream().flatMap(key -> Stream.of(
          new Grant(Roles.CASEWORKERS, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE, READ_INSTANCE),
          new Grant(Roles.MANAGERS, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY)))
          .toList())
      .flatMap(List::stream).toList();

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final JdbcTemplate jdbc;

  RoleAuthorizations(IdentityService identity, AuthorizationService authorizations, JdbcTemplate jdbc) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    // the department's directory (profile ldap) is read-only: its groups are the roles, and only the grants are ours
    if (!identity.isReadOnly()) {
      createGroupsAndSystemAccount();
    }
    removeTaskRows();
    removeForeignCaseGrants();
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

  private void createGroupsAndSystemAccount() {
    GROUPS.forEach((id, name) -> {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    });
    systemAccountOnlyInCamundaAdmin();
  }

  /**
   * The webapps need a member of camunda-admin, whom the engine exempts from all checks: one system account with a
   * random password nobody knows, which the guard protects. Earlier versions put administrators there: removed.
   */
  private void systemAccountOnlyInCamundaAdmin() {
    if (identity.createGroupQuery().groupId(Roles.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Roles.CAMUNDA_ADMIN);
      group.setName("Camunda: системная группа");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(Roles.SYSTEM_ACCOUNT).count() == 0) {
      User system = identity.newUser(Roles.SYSTEM_ACCOUNT);
      system.setFirstName("Системная");
      system.setLastName("учётная запись");
      system.setPassword(systemPassword(new SecureRandom()));
      identity.saveUser(system);
      identity.createMembership(Roles.SYSTEM_ACCOUNT, Roles.CAMUNDA_ADMIN);
    }
    for (User member : identity.createUserQuery().memberOfGroup(Roles.CAMUNDA_ADMIN).list()) {
      if (!Roles.SYSTEM_ACCOUNT.equals(member.getId())) {
        identity.deleteMembership(member.getId(), Roles.CAMUNDA_ADMIN);
      }
    }
  }

  /**
   * 256 random bits, and every class of character the engine's password policy asks for whatever those bits spell:
   * a random text alone lacks a digit about once in 1 500, and where the policy is on the start would fail.
   */
  static String systemPassword(Random random) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getEncoder().encodeToString(secret) + "-Aa1";
  }

  /**
   * Earlier versions let the engine write a grant per task and candidate group or assignee; tasks are now read and
   * worked through their candidate groups ({@link CandidateTaskAccess}), so those rows only slow every task query.
   */
  private void removeTaskRows() {
    int removed = jdbc.update("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> ?",
        TASK.resourceType(), Authorization.ANY);
    if (removed > 0) {
      log.info("{} per-task authorizations removed", removed);
    }
  }

  private void removeForeignCaseGrants() {
    Set<String> ours = GRANTS.stream().map(g -> g.group() + "|" + g.resource().resourceType() + "|" + g.resourceId())
        .collect(Collectors.toSet());
    for (Resource resource : CASE_RESOURCES) {
      for (Authorization existing : authorizations.createAuthorizationQuery().resourceType(resource).list()) {
        // per-task and per-filter grants are the engine's own (candidate groups, owners): only wildcards are ours
        boolean groupWide = existing.getGroupId() != null || Authorization.ANY.equals(existing.getUserId());
        if (groupWide && Authorization.ANY.equals(existing.getResourceId()) && !ours.contains(existing.getGroupId() + "|" + existing.getResourceType() + "|"
            + existing.getResourceId())) {
          authorizations.deleteAuthorization(existing.getId());
        }
      }
    }
  }
}
