package kz.migration.refugee.decision;

import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.shared.EngineCalls;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Roles;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** Decisions of a case, its printable notice, and appeals against a refusal. */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@PreAuthorize(Roles.CASE_WORK)
class DecisionController {

  private final PetitionDecisionService decisions;
  private final DecisionNoticeRenderer notices;
  private final RuntimeService runtime;

  private final EngineCalls engine;
  private final LateAppeals lateAppeals;

  DecisionController(PetitionDecisionService decisions, DecisionNoticeRenderer notices, RuntimeService runtime,
      EngineCalls engine, LateAppeals lateAppeals) {
    this.engine = engine;
    this.lateAppeals = lateAppeals;
    this.decisions = decisions;
    this.notices = notices;
    this.runtime = runtime;
  }

  @GetMapping("/decisions")
  List<DecisionView> decisions(@PathVariable CaseNumber caseNumber) {
    return decisions.decisions(caseNumber);
  }

  @GetMapping(value = "/decision-notice", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> notice(@PathVariable CaseNumber caseNumber) {
    byte[] pdf = notices.render(decisions.notice(caseNumber));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("decision-" + caseNumber.value() + ".pdf").build().toString())
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf);
  }

  /** Whether the appeal came after the window: then it awaits a manager's decision on the lateness. */
  record AppealLodged(boolean late) {}

  /**
   * Records the appeal, by the rules «Зарегистрировать жалобу» applies in Tasklist, and tells the waiting petition
   * process (whose task it replaces), in one transaction. One lodged after the window, once the refusal is final, is
   * recorded as late and put before the managers («Рассмотреть пропуск срока обжалования»); until then it changes
   * nothing in the case.
   */
  @PostMapping("/appeals")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  AppealLodged appeal(@PathVariable CaseNumber caseNumber, @Valid @RequestBody AppealRequest request, Principal user) {
    PetitionDecisionService.Lodged lodged = decisions.lodgeAppeal(caseNumber, request, user.getName());
    if (lodged.late()) {
      lateAppeals.started(lodged.caseId(), caseNumber);
      return new AppealLodged(true);
    }
    engine.asApplication(() -> runtime.createMessageCorrelation(PetitionProcess.MESSAGE_APPEAL_LODGED)
        .processInstanceBusinessKey(caseNumber.value())
        .setVariable(PetitionProcess.APPEAL_LODGED_ON.name(), request.lodgedOn().toString())
        .correlate());
    return new AppealLodged(false);
  }
}
