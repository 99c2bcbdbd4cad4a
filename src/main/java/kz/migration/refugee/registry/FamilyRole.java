package kz.migration.refugee.registry;

public enum FamilyRole { HEAD, SPOUSE, CHILD, OTHER }
