package kz.migration.refugee.reception;

/**
 * The form of {@code Task_PlaceFamily}: the centre chosen from those with free places, and the day of arrival. Both
 * stay text here (a select's value, a date field): {@link PlaceFamilyListener} reads them and names the field if it
 * cannot.
 */
record PlaceFamilyForm(String centreId, String placedOn) {}
