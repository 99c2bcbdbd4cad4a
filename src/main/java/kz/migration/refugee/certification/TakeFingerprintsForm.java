package kz.migration.refugee.certification;

/**
 * The form of {@code Task_TakeFingerprints}: the day the prints were taken and where. Text here (a date field's value):
 * {@link TakeFingerprintsListener} reads them and names the field if it cannot.
 */
record TakeFingerprintsForm(String fingerprintsTakenOn, String fingerprintsPlace) {}
