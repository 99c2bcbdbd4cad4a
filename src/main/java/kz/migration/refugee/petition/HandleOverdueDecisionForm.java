package kz.migration.refugee.petition;

/**
 * The form of {@code Task_HandleOverdueDecision}: extend the deadline once (new date and reason), or only acknowledge.
 * The date stays text here: {@link HandleOverdueDecisionListener} reads it leniently and names the field if it cannot.
 */
record HandleOverdueDecisionForm(Boolean extendDeadline, String extendedUntil, String extensionReason) {}
