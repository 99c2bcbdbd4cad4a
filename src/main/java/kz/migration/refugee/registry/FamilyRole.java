package kz.migration.refugee.registry;

public enum FamilyRole {
  HEAD("глава семьи"), SPOUSE("супруг(а)"), CHILD("ребёнок"), OTHER("иной член семьи");

  private final String label;

  FamilyRole(String label) {
    this.label = label;
  }

  /** The role as the forms and the case file name it. */
  public String label() {
    return label;
  }
}
