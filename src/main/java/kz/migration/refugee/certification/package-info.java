/**
 * What follows an asylum-seeker certificate while it is in force ({@code bpmn/asylum-seeker-certificate.bpmn}, one
 * instance per certificate): its reissue before it expires while the examination continues, and the fingerprinting of
 * the persons certified for the first time, with the record's reference in the national system (adapter interface
 * {@link kz.migration.refugee.certification.FingerprintRegistry}, simulated by default). Started and ended by the
 * registry's events ({@code registry.AsylumSeekerCertificateIssued}, {@code registry.AsylumSeekerCertificateEnded}).
 */
package kz.migration.refugee.certification;
