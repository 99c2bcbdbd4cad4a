package kz.migration.refugee.decision;

import java.time.LocalDate;

/**
 * What a decision decided for one person: {@code outcome} {@code GRANTED} or {@code REFUSED}; {@code basis}
 * {@code OWN_GROUNDS}, {@code FAMILY_UNITY} (with the day of consent) or {@code FOLLOWS_PARENT}; the person their
 * status follows, for the last two; who acts for a child decided on their own grounds.
 */
public record PersonOutcomeView(Long personId, String outcome, String basis, String legalGround, String reasons,
    Long followsPersonId, LocalDate consentOn, String guardian) {}
