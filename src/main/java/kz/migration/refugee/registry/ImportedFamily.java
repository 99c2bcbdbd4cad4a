package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A family from a historic caseload, as it stands after its decision and any deregistrations.
 *
 * @param grantedOn the date status was granted, or null (refused or pending)
 */
public record ImportedFamily(CaseNumber caseNumber, LocalDate arrivalDate, LocalDate registeredOn, Outcome outcome,
    LocalDate grantedOn, List<Member> members) {

  public enum Outcome { GRANTED, REFUSED, PENDING }

  public record Member(FamilyRole role, String surname, String givenName, LocalDate dateOfBirth, Sex sex,
      String citizenship, String ethnicity, LocalDate deregisteredOn, DeregistrationReason deregistrationReason) {}
}
