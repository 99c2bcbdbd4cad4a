package kz.migration.refugee.registry;

import java.time.LocalDate;

/**
 * A taken-in family was registered (it has its case number), or a case closed as abandoned was reopened: its members
 * are on the register from {@code on}. Published inside the registering transaction; ids only.
 */
public record FamilyRegistered(long caseId, String caseNumber, LocalDate on) {}
