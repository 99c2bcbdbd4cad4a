package kz.migration.refugee.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decision log for auditors and managers: its entries (read-only) and a verification of its chain. */
@RestController
@RequestMapping("/api/audit/decision-log")
@PreAuthorize("hasAnyRole('auditors','managers')")
class AuditController {

  private final DecisionLog decisionLog;

  AuditController(DecisionLog decisionLog) {
    this.decisionLog = decisionLog;
  }

  /** Recomputes the whole chain; 200 whether it is intact or not, the body says which. */
  @GetMapping("/verification")
  DecisionLog.Verification verification() {
    return decisionLog.verify();
  }

  @GetMapping
  List<DecisionLogEntryView> entries(
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "от 1") long from,
      @RequestParam(defaultValue = "100") @Min(value = 1, message = "от 1") @Max(value = 1000, message = "не более 1000") int limit) {
    return decisionLog.entries(from, limit);
  }
}
