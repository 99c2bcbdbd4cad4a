package kz.migration.refugee.certification;

/** The form of {@code Task_ReissueAsylumSeekerCertificate}: the caseworker confirms the new certificate is prepared. */
record ReissueAsylumSeekerCertificateForm(Boolean reissueConfirmed) {}
