package kz.migration.refugee.registry;

import java.time.LocalDate;

/**
 * What other features need to know of a case.
 *
 * @param legacyReference its number in a historic archive's own numbering, or null
 */
public record CaseSummary(long caseId, String caseNumber, CaseStatus status, LocalDate registeredOn,
    String headName, int members, String legacyReference) {}
