package kz.migration.refugee.shared;

/** The Camunda groups that are the product's roles; also the BPMN candidate groups. */
public final class Roles {
  public static final String CASEWORKERS = "caseworkers";
  public static final String MANAGERS = "managers";
  public static final String AUDITORS = "auditors";
  public static final String ADMINS = "admins";

  /** For {@code @PreAuthorize}: caseworkers and managers work cases. */
  public static final String CASE_WORK = "hasAnyRole('caseworkers','managers')";

  /** Camunda's own administrators' group; the webapps require at least one member. */
  public static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

  static void joinCamundaAdmin(org.camunda.bpm.engine.IdentityService identity, String userId) {
    if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
      var group = identity.newGroup(CAMUNDA_ADMIN);
      group.setName("Camunda administrators");
      group.setType(org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(userId, CAMUNDA_ADMIN);
    }
  }

  private Roles() {}
}
