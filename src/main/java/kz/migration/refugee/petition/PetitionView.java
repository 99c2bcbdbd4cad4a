package kz.migration.refugee.petition;

import java.time.LocalDate;

public record PetitionView(String caseNumber, LocalDate filedOn, String language, boolean filedLate,
    String lateFilingReason, LocalDate decisionDueOn, boolean deadlineExtended, boolean deadlineMissed,
    String interpreter, String representative, String extensionReason, String extendedBy) {}
