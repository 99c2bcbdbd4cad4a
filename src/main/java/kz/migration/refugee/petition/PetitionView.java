package kz.migration.refugee.petition;

import java.time.LocalDate;

/**
 * A petition as the data bank holds it.
 *
 * @param decisionDueOn the decision deadline the examination runs under now (a re-examination's once reopened)
 * @param deadlineMissed whether that deadline was missed
 * @param reopenedOn the day a refusal overturned on appeal reopened the examination, or null
 * @param initialDecisionDueOn the first examination's deadline (as extended then)
 * @param initialDeadlineMissed whether the first examination missed it
 */
public record PetitionView(String caseNumber, LocalDate filedOn, String language, boolean filedLate,
    String lateFilingReason, LocalDate decisionDueOn, boolean deadlineExtended, boolean deadlineMissed,
    String interpreter, String representative, String extensionReason, String extendedBy, LocalDate reopenedOn,
    LocalDate initialDecisionDueOn, boolean initialDeadlineMissed) {}
