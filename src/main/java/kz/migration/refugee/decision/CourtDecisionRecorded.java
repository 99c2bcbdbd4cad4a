package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A court's outcome on a refusal upheld on appeal was recorded (published inside the recording transaction); no
 * personal names.
 *
 * @param outcome {@code UPHELD} (the refusal is final) or {@code OVERTURNED} (examination reopens)
 * @param decidedOn the day of the court's decision
 */
public record CourtDecisionRecorded(long caseId, String caseNumber, String outcome, LocalDate decidedOn,
    String recordedBy, Instant recordedAt) {}
