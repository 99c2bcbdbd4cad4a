package kz.migration.refugee.registry;

public enum Sex { MALE, FEMALE }
