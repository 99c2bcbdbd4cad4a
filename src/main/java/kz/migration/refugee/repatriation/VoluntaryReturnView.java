package kz.migration.refugee.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A voluntary return as the API shows it: the request, its stage, and each body's contact. */
public record VoluntaryReturnView(String reference, String caseNumber, LocalDate requestedOn, String requestReference,
    boolean wholeFamily, String requestedBy, LocalDate interviewDate, Boolean voluntarinessConfirmed,
    String confirmedBy, List<Long> returningPersonIds, LocalDate departureOn, LocalDate withdrawnOn, String outcome,
    Instant completedAt, List<ContactView> contacts) {

  public record ContactView(String body, String bodyLabel, String reference, int requests, Instant requestedAt,
      int reminders, LocalDate repliedOn, String replyReference, String travelDocuments, String transport,
      String reception, String remarks, String recordedBy, Instant withoutReplyAt) {}
}
