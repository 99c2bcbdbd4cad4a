package kz.migration.refugee.reception;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Placements of a case's persons: in (or a move), and out. 409 in Russian when the centre is full. */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class PlacementController {

  private final Placements placements;

  PlacementController(Placements placements) {
    this.placements = placements;
  }

  @PostMapping("/api/cases/{caseNumber}/placements")
  @ResponseStatus(HttpStatus.CREATED)
  List<PlacementView> place(@PathVariable CaseNumber caseNumber, @Valid @RequestBody PlacementRequest request,
      Principal user) {
    return placements.place(caseNumber, request, user.getName());
  }

  @PostMapping("/api/cases/{caseNumber}/placements/{id}/end")
  PlacementView end(@PathVariable CaseNumber caseNumber, @PathVariable long id,
      @Valid @RequestBody PlacementEndRequest request) {
    return placements.end(caseNumber, id, request.leftOn(), request.reason());
  }
}
