package kz.migration.refugee.registry;

import java.time.LocalDate;

/**
 * Persons of a family case removed from the register (published inside the deregistering transaction).
 * Counts and ids only, no names.
 *
 * @param familyDeregistered true when nobody of the family remains on the register
 */
public record Deregistration(long caseId, String caseNumber, String reason, LocalDate on, int persons,
    boolean familyDeregistered, String by) {}
