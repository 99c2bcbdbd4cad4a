package kz.migration.refugee.registry;

/**
 * An asylum-seeker certificate stopped being valid other than by its reissue: a grant superseded it, its holder left
 * the register, the case closed (withdrawal, abandonment, a final refusal, nobody left). Published inside that
 * transaction; ids only.
 */
public record AsylumSeekerCertificateEnded(long caseId, String caseNumber, long certificateId) {}
