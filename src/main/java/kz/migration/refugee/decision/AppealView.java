package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appeal against a refusal: when, on which grounds, who registered it, and its outcome once decided
 * ({@code UPHELD}, ...). A late one carries the manager's decision on the lateness ({@code ACCEPTED},
 * {@code REFUSED}; null while awaited) with its reasons.
 */
public record AppealView(LocalDate lodgedOn, String grounds, String outcome, String reasons, String decidedBy,
    Instant decidedAt, String recordedBy, boolean late, String lateDecision, String lateReasons, String lateDecidedBy,
    Instant lateDecidedAt) {}
