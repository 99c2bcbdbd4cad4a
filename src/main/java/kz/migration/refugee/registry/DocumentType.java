package kz.migration.refugee.registry;

public enum DocumentType { PASSPORT, ID_CARD, BIRTH_CERTIFICATE, OTHER, NONE }
