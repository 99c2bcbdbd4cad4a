package kz.migration.refugee.review;

/**
 * Outbound check with another state body. Implementations may block for a while or throw; the
 * process calls them from an asynchronous step with retries, so a failure becomes an incident, never
 * a lost petition. Only the case number and identities needed for the check leave the department.
 */
public interface AgencyCheckGateway {

  AgencyReply check(Agency agency, String caseNumber);

  record AgencyReply(String reference, boolean concerns, String remarks) {}
}
