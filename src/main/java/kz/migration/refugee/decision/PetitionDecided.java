package kz.migration.refugee.decision;

import java.time.Instant;

/**
 * A manager has decided a petition (published inside the deciding transaction).
 * Carries what an auditor needs and no personal names: the case number, the outcome, the legal ground's
 * code, the decider's user id and the time. The reasons are represented by their SHA-256 only: they
 * are free text that often names family members and describes their persecution, and whoever receives
 * this event (the decision log, readable by auditors and managers) should not hold a second copy of it.
 * The digest still binds the event to the exact text kept with the decision.
 *
 * @param outcome {@code GRANTED} or {@code REFUSED}
 * @param reasonsSha256 lower-case hex SHA-256 of the reasons as stored (UTF-8)
 */
public record PetitionDecided(long caseId, String caseNumber, String outcome, String legalGround, String decidedBy,
    Instant decidedAt, String reasonsSha256) {}
