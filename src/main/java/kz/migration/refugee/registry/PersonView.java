package kz.migration.refugee.registry;

import java.time.LocalDate;

public record PersonView(Long id, String caseNumber, FamilyRole role, String surname, String givenName,
    String patronymic, LocalDate dateOfBirth, Sex sex, String citizenship, String ethnicity, String languages,
    DocumentType documentType, String documentNumber, LocalDate deregisteredOn, String deregistrationReason,
    LocalDate recognisedOn) {}
