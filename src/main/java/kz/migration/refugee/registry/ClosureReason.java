package kz.migration.refugee.registry;

import java.util.Arrays;
import java.util.Optional;

/** Why a case closed: after a final refusal, or without a decision, when the procedure ended for everyone. */
public enum ClosureReason {
  REFUSED,
  /** The applicant's written withdrawal before the decision. */
  WITHDRAWN,
  /** The last person on the register left the country during the procedure. */
  DEPARTED,
  /** The last person on the register died during the procedure. */
  DIED,
  /** The applicant missed the interview and made no contact for the abandonment period; reopened on request. */
  ABANDONED;

  public String code() {
    return name().toLowerCase();
  }

  public static Optional<ClosureReason> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
