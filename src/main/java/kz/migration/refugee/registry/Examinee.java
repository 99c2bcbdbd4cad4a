package kz.migration.refugee.registry;

/**
 * A member of a family still to be decided: on the register and not recognised. {@code adult}: of age on the day
 * asked about (the procedure's adult age), so assessed and decided on their own grounds.
 */
public record Examinee(long personId, FamilyRole role, String name, String bornOn, boolean adult) {}
