package kz.migration.refugee.petition;

import kz.migration.refugee.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The start form's reference lists, read by the form in Tasklist with the caseworker's login. */
@RestController
class IntakeReferenceController {

  private final IntakeReferenceLists lists;

  IntakeReferenceController(IntakeReferenceLists lists) {
    this.lists = lists;
  }

  @GetMapping("/api/reference/intake")
  @PreAuthorize(Roles.CASE_WORK)
  IntakeReferenceLists intake() {
    return lists;
  }
}
