package kz.migration.refugee.reception;

/** A centre as the API and the forms show it. */
public record CentreView(long id, String name, String address, int capacity, String contact) {}
