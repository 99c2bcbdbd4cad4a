package kz.migration.refugee.registry;

import java.time.LocalDate;

/**
 * A case closed with its members still in the data bank as they were (a final refusal): published inside the closing
 * transaction, ids only. The closures that take everyone off the register publish {@link Deregistration} instead.
 */
public record CaseClosed(long caseId, String caseNumber, String closureReason, LocalDate on) {}
