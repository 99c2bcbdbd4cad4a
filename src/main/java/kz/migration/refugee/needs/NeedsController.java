package kz.migration.refugee.needs;

import java.security.Principal;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Specific needs of a case's persons and its best-interests note, through the domain API; the author is the user. */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class NeedsController {

  /** The full set of a person's needs, by code; an empty list: none. */
  record NeedsRequest(List<String> specificNeeds) {}

  record NoteRequest(String note) {}

  private final SpecificNeeds needs;
  private final CaseSearch caseSearch;

  NeedsController(SpecificNeeds needs, CaseSearch caseSearch) {
    this.needs = needs;
    this.caseSearch = caseSearch;
  }

  @GetMapping("/api/cases/{caseNumber}/specific-needs")
  List<SpecificNeeds.PersonNeeds> ofCase(@PathVariable CaseNumber caseNumber) {
    return List.copyOf(needs.ofCase(caseSearch.caseId(caseNumber)).values());
  }

  @PostMapping("/api/cases/{caseNumber}/persons/{personId}/specific-needs")
  SpecificNeeds.PersonNeeds change(@PathVariable CaseNumber caseNumber, @PathVariable long personId,
      @RequestBody NeedsRequest request, Principal user) {
    return needs.change(caseNumber, personId, request.specificNeeds(), user.getName());
  }

  @PostMapping("/api/cases/{caseNumber}/best-interests-note")
  @ResponseStatus(HttpStatus.CREATED)
  SpecificNeeds.Note bestInterests(@PathVariable CaseNumber caseNumber, @RequestBody NoteRequest request,
      Principal user) {
    return needs.recordBestInterests(caseNumber, request.note(), user.getName());
  }
}
