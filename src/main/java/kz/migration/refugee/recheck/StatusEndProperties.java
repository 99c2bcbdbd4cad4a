package kz.migration.refugee.recheck;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reasons each kind of end of status may cite ({@code refugee.status-end.reasons.<kind>}), with the labels people
 * read. The rules change: never literals in code or models.
 */
@ConfigurationProperties("refugee.status-end")
public record StatusEndProperties(Reasons reasons) {

  public StatusEndProperties {
    reasons = reasons == null ? new Reasons(null, null, null, null) : reasons;
  }

  /** A reason an end of status may cite: its code, as recorded, and its label. */
  public record Reason(String code, String label) {}

  /** The configured reasons by kind. */
  public record Reasons(List<Reason> cessation, List<Reason> cancellation, List<Reason> deprivation,
      List<Reason> termination) {

    public Reasons {
      cessation = cessation == null ? List.of() : List.copyOf(cessation);
      cancellation = cancellation == null ? List.of() : List.copyOf(cancellation);
      deprivation = deprivation == null ? List.of() : List.copyOf(deprivation);
      termination = termination == null ? List.of() : List.copyOf(termination);
    }
  }

  public List<Reason> of(StatusEndKind kind) {
    return switch (kind) {
      case CESSATION -> reasons.cessation();
      case CANCELLATION -> reasons.cancellation();
      case DEPRIVATION -> reasons.deprivation();
      case TERMINATION -> reasons.termination();
    };
  }

  public Optional<Reason> reason(StatusEndKind kind, String code) {
    return of(kind).stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
