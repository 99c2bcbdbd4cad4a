package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.KEY;
import static kz.migration.refugee.recheck.StatusEndProcess.MESSAGE_STATUS_END_APPEAL_LODGED;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_ID;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.EngineCalls;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ends of status of chosen persons through the domain API: propose one (the proposer is the logged-in user; the
 * {@code status-end} process starts with the proposal made and asks another manager to confirm it), list a case's,
 * and record an appeal, which reaches the waiting process as a message in the same transaction.
 */
@RestController
@PreAuthorize(Roles.CASE_WORK)
class StatusEndController {

  private final StatusEnds statusEnds;
  private final RuntimeService runtime;
  private final EngineCalls engine;

  StatusEndController(StatusEnds statusEnds, RuntimeService runtime, EngineCalls engine) {
    this.statusEnds = statusEnds;
    this.runtime = runtime;
    this.engine = engine;
  }

  @PostMapping("/api/cases/{caseNumber}/status-ends")
  @Transactional
  // the status set in the answer, for the API description
  @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Предложение о прекращении статуса принято")
  ResponseEntity<Map<String, Long>> propose(@PathVariable CaseNumber caseNumber,
      @Valid @RequestBody StatusEndRequest request, Principal user) {
    StatusEnds.Proposed proposed = statusEnds.propose(caseNumber, request, user.getName());
    // the application's own start: only it may start the process with the proposal made
    engine.asApplication(() -> runtime.startProcessInstanceByKey(KEY, caseNumber.value(),
        Map.of(STATUS_END_ID.name(), proposed.statusEndId())));
    return ResponseEntity.created(URI.create("/api/cases/" + caseNumber.value() + "/status-ends"))
        .body(Map.of("statusEndId", proposed.statusEndId()));
  }

  @GetMapping("/api/cases/{caseNumber}/status-ends")
  List<StatusEndView> statusEnds(@PathVariable CaseNumber caseNumber) {
    return statusEnds.views(caseNumber);
  }

  /** Records the appeal and tells the waiting process of that end of status, in one transaction. */
  @PostMapping("/api/cases/{caseNumber}/status-end/appeals")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  void appeal(@PathVariable CaseNumber caseNumber, @Valid @RequestBody StatusEndAppealRequest request) {
    long statusEndId = statusEnds.lodgeAppeal(caseNumber, request);
    engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_STATUS_END_APPEAL_LODGED)
        .processInstanceBusinessKey(caseNumber.value())
        .processInstanceVariableEquals(STATUS_END_ID.name(), statusEndId)
        .correlate());
  }
}
