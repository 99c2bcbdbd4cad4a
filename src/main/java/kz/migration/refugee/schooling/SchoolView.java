package kz.migration.refugee.schooling;

/** A school of the reference list, as the API and the forms show it. */
public record SchoolView(long id, String name, String address) {}
