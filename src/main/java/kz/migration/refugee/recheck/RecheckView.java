package kz.migration.refugee.recheck;

import java.time.Instant;
import java.time.LocalDate;

/** A recheck as the API shows it: dates, actors and outcomes; free-text circumstances and reasons stay in the bank. */
public record RecheckView(Long id, LocalDate dueOn, Instant startedAt, boolean overdue, String proposedOutcome,
    String verifiedBy, Instant verifiedAt, LocalDate validFrom, LocalDate validUntil, String outcome,
    Instant completedAt, StatusEndView statusEnd) {

  public record StatusEndView(String kind, String ground, String proposedBy, Boolean confirmed, String confirmedBy,
      LocalDate notifiedOn, LocalDate appealDueOn, LocalDate appealLodgedOn, String appealOutcome,
      String appealDecidedBy, LocalDate effectiveOn) {}
}
