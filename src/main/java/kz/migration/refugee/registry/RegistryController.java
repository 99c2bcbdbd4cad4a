package kz.migration.refugee.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import kz.migration.refugee.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers' search over the data bank. */
@RestController
@RequestMapping("/api/registry")
@PreAuthorize(Roles.CASE_WORK)
class RegistryController {

  private final CaseSearch caseSearch;

  RegistryController(CaseSearch caseSearch) {
    this.caseSearch = caseSearch;
  }

  /** Name fragment in any script, a transliterated spelling, or a document number. */
  @GetMapping("/persons")
  List<PersonView> persons(@RequestParam("q") @NotBlank @Size(min = 2, max = 100) String q,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return caseSearch.searchPersons(q, limit);
  }

  @GetMapping("/cases")
  List<CaseSummary> cases(@RequestParam("q") @NotBlank @Size(min = 2, max = LegacyReference.MAX_LENGTH) String q,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
    return caseSearch.searchCases(q, limit);
  }

  @GetMapping("/cases/{caseNumber}")
  CaseView caseView(@PathVariable CaseNumber caseNumber) {
    return caseSearch.view(caseNumber);
  }
}
