package kz.migration.refugee.petition;

/**
 * The form of {@code Task_ResolveDuplicate}: register as a new case, or merge into an existing one, with the reason.
 * Checked by {@link PetitionService#resolveDuplicate}, which knows the cases.
 */
record ResolveDuplicateForm(String duplicateResolution, String mergeCaseNumber, String duplicateReason) {}
