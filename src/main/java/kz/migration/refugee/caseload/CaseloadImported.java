package kz.migration.refugee.caseload;

import java.time.Instant;

/**
 * A historic caseload was entered (published inside the importing transaction). The file is represented by
 * its SHA-256, so the decision log binds the imported decisions to the exact file they came from.
 */
public record CaseloadImported(String fileSha256, int casesImported, int personsImported, int casesSkipped,
    String by, Instant at, String submittedBy) {}
