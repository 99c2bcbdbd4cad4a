package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * An asylum-seeker certificate was issued (published inside the issuing transaction). Ids and dates only, no names.
 *
 * @param personIds the holder first, then the persons written on it
 * @param reissue whether it replaces a certificate of the same holder that was about to expire (the persons were
 *     certified before)
 */
public record AsylumSeekerCertificateIssued(long caseId, String caseNumber, long certificateId, List<Long> personIds,
    LocalDate issuedOn, LocalDate validUntil, boolean reissue) {}
