package kz.migration.refugee.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * An asylum-seeker certificate as other features need it: its dates, whether it is still in force (valid and its
 * holder on the register) and who is on it.
 *
 * @param personIds the holder first, then the persons written on it who are on the register
 */
public record AsylumSeekerCertificate(long id, long caseId, String caseNumber, String number, LocalDate issuedOn,
    LocalDate validUntil, boolean inForce, List<Long> personIds) {}
