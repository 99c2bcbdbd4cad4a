package kz.migration.refugee.repatriation;

import kz.migration.refugee.shared.EngineCalls;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CONTACT_BODY;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.MESSAGE_CONTACT_REPLIED;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.MESSAGE_RETURN_WITHDRAWN;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.WITHDRAWAL_REASON;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.WITHDRAWN_ON;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A family's voluntary return through the API: start it (the same process and checks as the Tasklist start
 * form), record a body's reply, record a withdrawal, view it. Replies and withdrawals reach the process as
 * messages, in the same transaction as the record.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/voluntary-return")
@PreAuthorize(Roles.CASE_WORK)
class VoluntaryReturnController {

  private final VoluntaryReturnService returns;
  private final ReturnRequests requests;
  private final RuntimeService runtime;

  private final EngineCalls engine;

  VoluntaryReturnController(VoluntaryReturnService returns, ReturnRequests requests, RuntimeService runtime,
      EngineCalls engine) {
    this.engine = engine;
    this.returns = returns;
    this.requests = requests;
    this.runtime = runtime;
  }

  /** The number as given: the start's checks, shared with the Tasklist start form, answer a malformed one. */
  @PostMapping
  // the status set in the answer, for the API description
  @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Добровольное возвращение начато")
  ResponseEntity<Map<String, String>> start(@PathVariable String caseNumber, @RequestBody StartReturnRequest request) {
    String instance = requests.request(caseNumber, request.requestedOn(), request.requestReference(),
        request.wholeFamily());
    return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/voluntary-return"))
        .body(Map.of("processInstanceId", instance));
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('caseworkers','managers','auditors')")
  VoluntaryReturnView view(@PathVariable CaseNumber caseNumber) {
    return returns.view(caseNumber);
  }

  /** Records a body's reply and lets the waiting contact go on. */
  @PostMapping("/replies/{body}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void reply(@PathVariable("caseNumber") CaseNumber number, @PathVariable String body,
      @Valid @RequestBody ReplyRequest reply, Principal user) {
    ContactBody contactBody = ContactBody.of(body).orElseThrow(() -> new NotFoundException("contact body", body));
    returns.recordReply(number, contactBody, reply, user.getName());
    try {
      engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_CONTACT_REPLIED)
          .processInstanceBusinessKey(number.value())
          .localVariableEquals(CONTACT_BODY.name(), contactBody.name())
          .correlate());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("no reply from " + contactBody + " is awaited on this return");
    }
  }

  /** The refugee withdrew the request: the return ends wherever it stands. */
  @PostMapping("/withdrawal")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void withdraw(@PathVariable("caseNumber") CaseNumber number, @Valid @RequestBody WithdrawalRequest withdrawal) {
    returns.openReturnId(number);
    try {
      engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_RETURN_WITHDRAWN)
          .processInstanceBusinessKey(number.value())
          .setVariable(WITHDRAWN_ON.name(), withdrawal.withdrawnOn().toString())
          .setVariable(WITHDRAWAL_REASON.name(), withdrawal.withdrawalReason())
          .correlate());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("the return of this case cannot be withdrawn now");
    }
  }
}
