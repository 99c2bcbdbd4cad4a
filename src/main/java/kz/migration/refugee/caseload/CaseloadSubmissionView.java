package kz.migration.refugee.caseload;

import java.time.Instant;

/** A submitted caseload file as its confirmer sees it before confirming: its digest and size, who sent it. */
record CaseloadSubmissionView(long id, String sha256, int families, int persons, String submittedBy, Instant submittedAt,
    String status, String confirmedBy, Instant confirmedAt) {}
