package kz.migration.refugee.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A manager has extended a petition's decision deadline (published inside the extending transaction).
 * The reason for the extension is not carried: it is free text and may name persons.
 */
public record DecisionDeadlineExtended(long caseId, String caseNumber, LocalDate newDueOn, String extendedBy,
    Instant at) {}
