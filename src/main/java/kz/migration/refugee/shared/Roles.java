package kz.migration.refugee.shared;

/** The Camunda groups that are the product's roles; also the BPMN candidate groups. */
public final class Roles {
  public static final String CASEWORKERS = "caseworkers";
  public static final String MANAGERS = "managers";
  public static final String AUDITORS = "auditors";
  public static final String ADMINS = "admins";
  /** Operators of the running system: retry a failed job, move a timer; recorded for auditors. */
  public static final String OPERATORS = "operators";

  /** For {@code @PreAuthorize}: caseworkers and managers work cases. */
  public static final String CASE_WORK = "hasAnyRole('caseworkers','managers')";

  /**
   * Camunda's own administrators' group, exempt from every authorization check. The webapps offer a
   * "create the first administrator" page while it has no member, so it holds one system account that
   * cannot log in ({@link RoleAuthorizations}); no person is ever a member.
   */
  public static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
  static final String SYSTEM_ACCOUNT = "camundasystem";

  private Roles() {}
}
