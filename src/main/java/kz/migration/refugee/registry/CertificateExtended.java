package kz.migration.refugee.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recognised family's refugee certificate(s) renewed after the annual recheck. */
public record CertificateExtended(long caseId, String caseNumber, List<String> certificateNumbers,
    LocalDate validFrom, LocalDate validUntil, String by, Instant at) {}
