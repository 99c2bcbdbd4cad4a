package kz.migration.refugee.petition;

import java.net.URI;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Filing a petition through the API: the same process, and the same checks, as the Tasklist start form. */
@RestController
@RequestMapping("/api/petitions")
@PreAuthorize(Roles.CASE_WORK)
class PetitionController {

  private final PetitionFiling filing;
  private final PetitionService petitions;

  PetitionController(PetitionFiling filing, PetitionService petitions) {
    this.filing = filing;
    this.petitions = petitions;
  }

  /**
   * Starts the petition process; it registers the family unless a possible duplicate needs review
   * first (then {@code caseNumber} is null and a caseworker resolves it in Tasklist).
   */
  @PostMapping
  ResponseEntity<PetitionFiling.Filed> file(@RequestBody PetitionIntake intake) {
    PetitionFiling.Filed filed = filing.file(intake);
    URI location = URI.create(filed.caseNumber() == null
        ? "/engine-rest/process-instance/" + filed.processInstanceId() : "/api/petitions/" + filed.caseNumber());
    return ResponseEntity.created(location).body(filed);
  }

  @GetMapping("/{caseNumber}")
  PetitionView petition(@PathVariable String caseNumber) {
    if (!CaseNumber.isValid(caseNumber)) {
      throw new NotFoundException("petition", caseNumber);
    }
    return petitions.view(new CaseNumber(caseNumber));
  }
}
