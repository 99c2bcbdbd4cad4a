package kz.migration.refugee.petition;

import jakarta.validation.Valid;
import java.security.Principal;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's request to reopen a case closed as abandoned; who received it is the logged-in user. 409 after the
 * reopening period, or for a case not closed as abandoned.
 */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class CaseReopeningController {

  private final CaseReopenings reopenings;

  CaseReopeningController(CaseReopenings reopenings) {
    this.reopenings = reopenings;
  }

  @PostMapping("/api/cases/{caseNumber}/reopening")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void reopen(@PathVariable CaseNumber caseNumber, @Valid @RequestBody ReopeningRequest request, Principal user) {
    reopenings.reopen(caseNumber, request.requestedOn(), user.getName());
  }
}
