package kz.migration.refugee.repatriation;

import java.time.LocalDate;
import java.util.List;

/**
 * Outbound requests to the bodies that arrange a return. Implementations may block for a while or throw;
 * the process calls them from an asynchronous step with retries, so a failure becomes an incident, never a
 * lost return.
 * <p>
 * <b>Confidentiality.</b> Nothing of the asylum claim leaves the department: no grounds, no account, no
 * decision or its reasons, not even the fact of the case's number. A request carries only what the return
 * itself needs, the travellers' identity and our reference. The types below are the whole of it.
 */
interface ReturnContactGateway {

  /** Sends the request; answers the body's reference for it. */
  String request(ContactRequest request);

  /** Reminds the body of an unanswered request. */
  void remind(ContactBody body, String returnReference, String bodyReference);

  /** What a body is told: who travels, under which of our references. */
  record ContactRequest(ContactBody body, String returnReference, List<Traveller> travellers) {}

  /** Identity and travel document of one traveller; nothing else. */
  record Traveller(String surname, String givenName, String patronymic, LocalDate dateOfBirth, String sex,
      String citizenship, String documentType, String documentNumber) {}
}
