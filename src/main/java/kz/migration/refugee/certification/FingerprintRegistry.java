package kz.migration.refugee.certification;

import java.time.LocalDate;

/**
 * The national fingerprint records system. Implementations may block for a while or throw; the process calls them
 * from an asynchronous step with retries, so a failure becomes an incident, never a lost record. Only the case number,
 * the person's id in the data bank and where and when the prints were taken leave the department; a repeated
 * submission of the same person is expected to answer the same reference.
 */
public interface FingerprintRegistry {

  /** Registers the prints taken; answers the reference of the record in the national system. */
  String register(Submission submission);

  record Submission(String caseNumber, long personId, LocalDate takenOn, String place) {}
}
