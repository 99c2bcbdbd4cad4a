package kz.migration.refugee.registry;

import java.time.LocalDate;

/** What other features need to know of a case. */
public record CaseSummary(long caseId, String caseNumber, CaseStatus status, LocalDate registeredOn,
    String headName, int members) {}
