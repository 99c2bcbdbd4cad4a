package kz.migration.refugee.certification;

import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The fingerprinting of a case's persons: date, place, the national system's reference, who recorded it. */
@RestController
class FingerprintController {

  private final Fingerprints fingerprints;

  FingerprintController(Fingerprints fingerprints) {
    this.fingerprints = fingerprints;
  }

  @GetMapping("/api/cases/{caseNumber}/fingerprints")
  @PreAuthorize("hasAnyRole('caseworkers','managers','auditors')")
  List<FingerprintView> ofCase(@PathVariable CaseNumber caseNumber) {
    return fingerprints.ofCase(caseNumber);
  }
}
