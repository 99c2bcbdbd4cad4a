package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/** A family member as taken in at intake. */
public record NewPerson(FamilyRole role, String surname, String givenName, String patronymic, LocalDate dateOfBirth,
    Sex sex, String citizenship, String ethnicity, List<String> languages, DocumentType documentType,
    String documentNumber) {}
