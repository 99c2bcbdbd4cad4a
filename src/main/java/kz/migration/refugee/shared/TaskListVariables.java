package kz.migration.refugee.shared;

/**
 * The process variables Tasklist's filters show beside each task and offer as search criteria, the same in every
 * process (each descriptor declares them from here). Display only: the case a process works on is its business key,
 * read from the data bank ({@code ProcessCases}); no step reads these, and no client can write them
 * ({@link ClientCommandGuard} lets only a form's own fields through).
 */
public final class TaskListVariables {

  /** The case number (also the business key): not personal data. */
  public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.of("caseNumber", String.class);
  /** Surname and given name of the head of family: personal data, kept out of engine history. */
  public static final ProcessVariable<String> FAMILY_NAME = ProcessVariable.of("familyName", String.class);

  public static final String CASE_NUMBER_LABEL = "Номер дела";
  public static final String FAMILY_NAME_LABEL = "Семья";

  private TaskListVariables() {}
}
