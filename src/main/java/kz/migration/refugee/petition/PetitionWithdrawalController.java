package kz.migration.refugee.petition;

import jakarta.validation.Valid;
import java.security.Principal;
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
 * Ends of a petition without a decision: the applicant's written withdrawal, a member's departure or death. Each
 * is recorded and reaches the petition process as a message, in one transaction; who received it or recorded it
 * is the logged-in user.
 */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class PetitionWithdrawalController {

  private final PetitionWithdrawals withdrawals;
  private final MemberDeregistrations deregistrations;

  PetitionWithdrawalController(PetitionWithdrawals withdrawals, MemberDeregistrations deregistrations) {
    this.withdrawals = withdrawals;
    this.deregistrations = deregistrations;
  }

  @PostMapping("/api/cases/{caseNumber}/withdrawal")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void withdraw(@PathVariable CaseNumber caseNumber, @Valid @RequestBody WithdrawalRequest request, Principal user) {
    withdrawals.withdraw(caseNumber, request.requestedOn(), request.note(), user.getName());
  }

  /** {@code caseClosed}: nobody of the family remains on the register, the petition ended with this. */
  @PostMapping("/api/cases/{caseNumber}/persons/{personId}/deregistration")
  Map<String, Boolean> deregister(@PathVariable CaseNumber caseNumber, @PathVariable long personId,
      @Valid @RequestBody MemberDeregistrationRequest request, Principal user) {
    boolean closed = deregistrations.deregister(caseNumber, personId, request.reason(), request.deregisteredOn(),
        user.getName());
    return Map.of("caseClosed", closed);
  }
}
