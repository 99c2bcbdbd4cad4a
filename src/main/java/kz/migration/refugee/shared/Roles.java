package kz.migration.refugee.shared;

/** The Camunda groups that are the product's roles; also the BPMN candidate groups. */
public final class Roles {
  public static final String CASEWORKERS = "caseworkers";
  public static final String MANAGERS = "managers";
  public static final String AUDITORS = "auditors";
  public static final String ADMINS = "admins";

  /** For {@code @PreAuthorize}: caseworkers and managers work cases. */
  public static final String CASE_WORK = "hasAnyRole('caseworkers','managers')";

  private Roles() {}
}
