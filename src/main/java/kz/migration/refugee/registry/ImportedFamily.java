package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A family from a historic caseload, as it stands after its decision and any deregistrations. The decision is one
 * act on the family, deciding each person: adults (and the head, of any age) on their own grounds, children
 * following the parent whose status they share.
 *
 * @param caseNumber its number when the archive used the product's numbering; null when it had its own
 * @param legacyReference its number in the archive's own numbering, when it had one (then the case is given a
 *     number of the product's series on import); null otherwise
 * @param outcome the family's: {@link Outcome#GRANTED} when anybody of it was granted (a recognised family, even if
 *     others were refused), {@link Outcome#REFUSED} when everybody was refused, {@link Outcome#PENDING} undecided
 * @param decidedOn the decision's date, or null (pending)
 */
public record ImportedFamily(CaseNumber caseNumber, LegacyReference legacyReference, LocalDate arrivalDate,
    LocalDate registeredOn, Outcome outcome, LocalDate decidedOn, List<Member> members) {

  public ImportedFamily {
    if ((caseNumber == null) == (legacyReference == null)) {
      throw new IllegalArgumentException("an imported family has either a case number or a legacy reference");
    }
  }

  /** The number as the file gives it, for messages and logs. */
  public String fileNumber() {
    return caseNumber != null ? caseNumber.value() : legacyReference.value();
  }

  /**
   * Whether the decision decided about this member: a decision covers everyone of the family not deregistered
   * before it (as the decisions taken before per-person decisions were migrated, V19).
   */
  public boolean decided(Member member) {
    return outcome != Outcome.PENDING
        && (member.deregisteredOn() == null || !member.deregisteredOn().isBefore(decidedOn));
  }

  public enum Outcome { GRANTED, REFUSED, PENDING }

  /**
   * @param outcome what the decision decided for this person (the file's {@code decision} of their row)
   * @param follows for a child whose status follows a parent's, that parent's index in {@link #members()}; null for
   *     a person decided on their own grounds
   */
  public record Member(FamilyRole role, String surname, String givenName, LocalDate dateOfBirth, Sex sex,
      String citizenship, String ethnicity, LocalDate deregisteredOn, DeregistrationReason deregistrationReason,
      Outcome outcome, Integer follows) {}
}
