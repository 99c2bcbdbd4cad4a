package kz.migration.refugee.registry;

import java.time.LocalDate;

/**
 * A person already in the bank who looks like a newcomer: same identity document, or the same
 * (transliteration-tolerant) name, date of birth and citizenship.
 */
public record DuplicateMatch(String newcomer, String caseNumber, CaseStatus caseStatus, String personName,
    LocalDate dateOfBirth, String citizenship, Reason reason) {

  public enum Reason { SAME_DOCUMENT, SAME_NAME_BIRTH_DATE_CITIZENSHIP }

  /** One line for the caseworker's duplicate review. */
  public String describe() {
    String why = reason == Reason.SAME_DOCUMENT ? "тот же документ" : "то же ФИО, дата рождения и гражданство";
    return "%s ↔ %s, %s, %s (дело %s, %s): %s".formatted(newcomer, personName, dateOfBirth, citizenship,
        caseNumber == null ? "не зарегистрировано" : caseNumber, caseStatus, why);
  }
}
