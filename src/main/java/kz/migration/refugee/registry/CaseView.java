package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

public record CaseView(String caseNumber, CaseStatus status, LocalDate arrivalDate, LocalDate registeredOn,
    String address, List<PersonView> members, List<CertificateView> certificates) {}
