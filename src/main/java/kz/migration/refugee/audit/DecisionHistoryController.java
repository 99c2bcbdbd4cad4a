package kz.migration.refugee.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.Arrays;
import kz.migration.refugee.shared.CsvTable;
import kz.migration.refugee.shared.ProductPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who decided what, when, on which grounds, and whether the deadlines were kept. Read-only. */
@RestController
@ProductPage
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('auditors','managers')")
class DecisionHistoryController {

  private static final List<String> CSV_HEADER = List.of("case_number", "outcome", "legal_ground", "decided_by",
      "decided_at", "recommendation", "recommendation_rule", "rules_version", "decision_due_on", "deadline_extended",
      "deadline_missed");

  private final DecisionHistory history;

  DecisionHistoryController(DecisionHistory history) {
    this.history = history;
  }

  @GetMapping(value = "/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<DecisionHistory.DecisionRecord> decisions(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String decidedBy, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String legalGround, @RequestParam(required = false) Boolean deadlineMissed) {
    return history.decisions(new DecisionHistory.Filter(from, to, decidedBy, outcome, legalGround, deadlineMissed));
  }

  /**
   * The same list as CSV (UTF-8, header row), also under a file name for the page's download link; reasons are
   * left out of the export on purpose: they name people.
   */
  @GetMapping(value = {"/decisions", "/decisions.csv"}, produces = "text/csv")
  CsvTable decisionsCsv(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String decidedBy, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String legalGround, @RequestParam(required = false) Boolean deadlineMissed) {
    List<List<?>> rows = new ArrayList<>();
    rows.add(CSV_HEADER);
    decisions(from, to, decidedBy, outcome, legalGround, deadlineMissed).forEach(d -> rows.add(Arrays.asList(
        d.caseNumber(), d.outcome(), d.legalGround(), d.decidedBy(), d.decidedAt(), d.recommendation(),
        d.recommendationRule(), d.rulesVersion(), d.decisionDueOn(), d.deadlineExtended(), d.deadlineMissed())));
    return new CsvTable("decisions", rows);
  }

  /** The auditors' read-only page (Russian): decisions with filters, CSV export, a case's timeline. */
  @GetMapping(value = "/decisions.html", produces = MediaType.TEXT_HTML_VALUE)
  org.springframework.web.servlet.ModelAndView page() {
    return new org.springframework.web.servlet.ModelAndView("audit/decisions");
  }

  @GetMapping("/cases/{caseNumber}")
  DecisionHistory.Timeline timeline(@PathVariable String caseNumber) {
    return history.timeline(caseNumber);
  }
}
