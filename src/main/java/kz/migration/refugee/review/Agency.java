package kz.migration.refugee.review;

/** State bodies asked about every applicant. */
public enum Agency {
  POLICE("органы внутренних дел"),
  NATIONAL_SECURITY("органы национальной безопасности");

  final String label;

  Agency(String label) {
    this.label = label;
  }
}
