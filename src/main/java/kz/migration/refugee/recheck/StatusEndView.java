package kz.migration.refugee.recheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An end of status as the case page and the API show it: kind, reason, who proposed and confirmed it, the appeal, and
 * per person whether they were proposed, included on review, or keep their status. Free-text reasons stay in the bank.
 */
public record StatusEndView(long id, String kind, String kindLabel, String reason, String reasonLabel,
    boolean fromRecheck, String proposedBy, Instant proposedAt, Boolean confirmed, String confirmedBy,
    LocalDate notifiedOn, LocalDate appealDueOn, LocalDate appealLodgedOn, String appealOutcome,
    String appealDecidedBy, LocalDate effectiveOn, String dependantsReviewedBy, List<PersonView> persons) {

  /** @param involvement {@code PROPOSED}, {@code INCLUDED} or {@code CONTINUES} */
  public record PersonView(long personId, String name, String involvement, String reviewedBy, LocalDate deregisteredOn) {}
}
