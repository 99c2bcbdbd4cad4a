package kz.migration.refugee.caseload;

/** What an import did: cases skipped were already in the bank (the import is idempotent by case number). */
record ImportReport(int casesImported, int personsImported, int casesSkipped, int examinationsResumed) {}
