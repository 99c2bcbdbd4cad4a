package kz.migration.refugee.registry;

import java.time.LocalDate;

/** A person still on the register, as forms list them: {@code label} is name and birth date. */
public record FamilyMember(long personId, FamilyRole role, String label, LocalDate dateOfBirth) {}
