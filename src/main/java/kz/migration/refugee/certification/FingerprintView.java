package kz.migration.refugee.certification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's fingerprinting as the case page and the API show it.
 *
 * @param nationalReference null until the national system has registered the record
 */
public record FingerprintView(long personId, String person, LocalDate takenOn, String place, String nationalReference,
    String recordedBy, Instant recordedAt) {}
