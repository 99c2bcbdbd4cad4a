package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A family from a historic caseload, as it stands after its decision and any deregistrations.
 *
 * @param caseNumber its number when the archive used the product's numbering; null when it had its own
 * @param legacyReference its number in the archive's own numbering, when it had one (then the case is given a
 *     number of the product's series on import); null otherwise
 * @param grantedOn the date status was granted, or null (refused or pending)
 */
public record ImportedFamily(CaseNumber caseNumber, LegacyReference legacyReference, LocalDate arrivalDate,
    LocalDate registeredOn, Outcome outcome, LocalDate grantedOn, List<Member> members) {

  public ImportedFamily {
    if ((caseNumber == null) == (legacyReference == null)) {
      throw new IllegalArgumentException("an imported family has either a case number or a legacy reference");
    }
  }

  /** The number as the file gives it, for messages and logs. */
  public String fileNumber() {
    return caseNumber != null ? caseNumber.value() : legacyReference.value();
  }

  public enum Outcome { GRANTED, REFUSED, PENDING }

  public record Member(FamilyRole role, String surname, String givenName, LocalDate dateOfBirth, Sex sex,
      String citizenship, String ethnicity, LocalDate deregisteredOn, DeregistrationReason deregistrationReason) {}
}
