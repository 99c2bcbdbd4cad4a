package kz.migration.refugee.recheck;

import java.util.Arrays;
import java.util.Optional;
import kz.migration.refugee.registry.DeregistrationReason;

/**
 * The four ends of a refugee's status, kept apart: each has its own reasons ({@link StatusEndProperties}) and its own
 * entry in the register when it takes effect.
 */
public enum StatusEndKind {
  /** Convention Art. 1C: protection is no longer needed. */
  CESSATION("утрата статуса", DeregistrationReason.CESSATION),
  /** The status should never have been granted. */
  CANCELLATION("аннулирование статуса", DeregistrationReason.CANCELLATION),
  /** False information, exclusion or security grounds found later. */
  DEPRIVATION("лишение статуса", DeregistrationReason.DEPRIVATION),
  /** Death, settling abroad, the refugee's own request. */
  TERMINATION("прекращение статуса", DeregistrationReason.TERMINATION);

  private final String label;
  private final DeregistrationReason deregistration;

  StatusEndKind(String label, DeregistrationReason deregistration) {
    this.label = label;
    this.deregistration = deregistration;
  }

  /** {@code cessation}, {@code cancellation}, ... as forms, variables and the configuration name it. */
  public String code() {
    return name().toLowerCase();
  }

  public String label() {
    return label;
  }

  DeregistrationReason deregistration() {
    return deregistration;
  }

  public static Optional<StatusEndKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
  }
}
