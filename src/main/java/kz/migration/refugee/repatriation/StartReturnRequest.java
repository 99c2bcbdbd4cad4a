package kz.migration.refugee.repatriation;

import java.time.LocalDate;

/** The written request, as the API takes it; validated by the process like the Tasklist start form. */
record StartReturnRequest(LocalDate requestedOn, String requestReference, Boolean wholeFamily) {}
