package kz.migration.refugee.petition;

import jakarta.validation.Valid;
import java.util.Map;
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
 * A spouse, child or other relative joins a case later: on the register with an asylum-seeker certificate, and on
 * their examination path ({@link MemberJoinings}), in one transaction.
 */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class MemberJoiningController {

  private final MemberJoinings joinings;

  MemberJoiningController(MemberJoinings joinings) {
    this.joinings = joinings;
  }

  /** {@code path}: own examination, derived status to confirm, or covered by the examination running. */
  @PostMapping("/api/cases/{caseNumber}/members")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> join(@PathVariable CaseNumber caseNumber, @Valid @RequestBody MemberJoiningRequest request) {
    return Map.of("path", joinings.joinAndExamine(caseNumber, request));
  }
}
