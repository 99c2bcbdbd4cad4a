package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

public record CertificateView(String number, CertificateType type, String holder, List<String> members,
    LocalDate issuedOn, LocalDate validUntil, String status, Long holderId) {}
