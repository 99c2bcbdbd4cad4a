package kz.migration.refugee.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For auditors and managers: the decision log's entries (read-only) and a verification of its chain, and
 * who read which file.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('auditors','managers')")
class AuditController {

  private final DecisionLog decisionLog;
  private final PersonalDataReads reads;

  AuditController(DecisionLog decisionLog, PersonalDataReads reads) {
    this.decisionLog = decisionLog;
    this.reads = reads;
  }

  /** Reads of personal data, newest first: by case, by user, in a period (both ends included). */
  @GetMapping("/reads")
  List<PersonalDataReadView> reads(@RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "100") @Min(value = 1, message = "от 1") @Max(value = 1000, message = "не более 1000") int limit) {
    return reads.find(caseNumber, user, from, to, limit);
  }

  /** Recomputes the whole chain; 200 whether it is intact or not, the body says which. */
  @GetMapping("/decision-log/verification")
  DecisionLog.Verification verification() {
    return decisionLog.verify();
  }

  @GetMapping("/decision-log")
  List<DecisionLogEntryView> entries(
      @RequestParam(defaultValue = "1") @Min(value = 1, message = "от 1") long from,
      @RequestParam(defaultValue = "100") @Min(value = 1, message = "от 1") @Max(value = 1000, message = "не более 1000") int limit) {
    return decisionLog.entries(from, limit);
  }
}
