package kz.migration.refugee.registry;

import java.time.LocalDate;

/**
 * A person already in the bank who looks like a newcomer: same identity document, or the same
 * (transliteration-tolerant) name, date of birth and citizenship. Recorded at intake; the case as it stands now.
 */
public record DuplicateMatch(String newcomer, String caseNumber, CaseStatus caseStatus, String personName,
    LocalDate dateOfBirth, String citizenship, Reason reason) {

  public enum Reason { SAME_DOCUMENT, SAME_NAME_BIRTH_DATE_CITIZENSHIP }
}
