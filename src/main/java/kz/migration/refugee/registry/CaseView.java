package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/** A case as it stands; {@code legacyReference}: its number in a historic archive's own numbering, or null. */
public record CaseView(String caseNumber, String legacyReference, CaseStatus status, LocalDate arrivalDate, LocalDate registeredOn,
    String address, List<PersonView> members, List<CertificateView> certificates) {}
