package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager has decided a petition (published inside the deciding transaction).
 * Carries what an auditor needs and no personal names: the case number, the outcome, the legal ground's
 * code, the decider's user id and the time. The reasons are represented by their SHA-256 only: they
 * are free text that often names family members and describes their persecution, and whoever receives
 * this event (the decision log, readable by auditors and managers) should not hold a second copy of it.
 * The digest still binds the event to the exact text kept with the decision.
 *
 * Each person the decision covers is logged by id with their own outcome, on what it rests and the digest of their
 * own reasons, so that the log holds what was decided for whom without a name.
 *
 * @param outcome {@code GRANTED}, {@code REFUSED} or {@code PARTLY_GRANTED}
 * @param legalGround the principal applicant's
 * @param reasonsSha256 lower-case hex SHA-256 of the principal applicant's reasons as stored (UTF-8)
 */
public record PetitionDecided(long caseId, String caseNumber, String outcome, String legalGround, String decidedBy,
    Instant decidedAt, String reasonsSha256, List<Person> persons) {

  /**
   * @param basis {@code OWN_GROUNDS}, {@code FAMILY_UNITY} or {@code FOLLOWS_PARENT}
   * @param reasonsSha256 of the person's own reasons; null when the outcome derives from another's
   */
  public record Person(long personId, String outcome, String basis, String legalGround, Long followsPersonId,
      LocalDate consentOn, String reasonsSha256) {}

  public PetitionDecided {
    persons = List.copyOf(persons);
  }
}
