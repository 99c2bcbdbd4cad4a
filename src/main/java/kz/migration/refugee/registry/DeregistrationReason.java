package kz.migration.refugee.registry;

import java.util.Arrays;
import java.util.Optional;

/** Why a person left the register; the codes are those of the programme's deregistration report. */
public enum DeregistrationReason {
  VOLUNTARY_RETURN,
  /** Convention Art. 1C: protection no longer needed. */
  CESSATION,
  /** The status should never have been granted. */
  CANCELLATION,
  /** False information, or exclusion / security grounds found later. */
  DEPRIVATION,
  /** Death, settling abroad, or the refugee's own request, decided as an end of status. */
  TERMINATION,
  LEFT_COUNTRY,
  DEATH,
  /** The applicant withdrew the petition in writing before the decision. */
  WITHDRAWN,
  /** The petition was closed as abandoned (missed interview, no contact); re-registered if it is reopened. */
  ABANDONED,
  /** Refused with finality (no appeal in time, or the appeal upheld) while others of the family are recognised. */
  REFUSED,
  OTHER;

  /** {@code voluntary_return}, {@code cessation}, ... */
  public String code() {
    return name().toLowerCase();
  }

  public static Optional<DeregistrationReason> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
