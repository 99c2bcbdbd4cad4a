package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appeal to a court after the internal appeal upheld the refusal: the court, when lodged, who recorded it, and the
 * court's outcome ({@code UPHELD}, {@code OVERTURNED}; null while awaited) with its date.
 */
public record CourtAppealView(String courtName, LocalDate lodgedOn, String recordedBy, Instant recordedAt,
    String outcome, LocalDate decidedOn, String outcomeRecordedBy) {}
