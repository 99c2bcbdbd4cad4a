package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.MESSAGE_LATE_APPEAL_LODGED;

import java.time.LocalDate;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An appeal lodged after the window, once the refusal is final: recorded in the data bank
 * ({@link PetitionDecisionService#lodgeLateAppeal}), then a new petition process for the same case number starts at its
 * message start event and puts «Рассмотреть пропуск срока обжалования» before the managers — in one transaction.
 */
@Service
@Transactional
class LateAppeals {

  private final PetitionDecisionService decisions;
  private final CaseSearch caseSearch;
  private final RuntimeService runtime;
  private final EngineCalls engine;

  LateAppeals(PetitionDecisionService decisions, CaseSearch caseSearch, RuntimeService runtime, EngineCalls engine) {
    this.decisions = decisions;
    this.caseSearch = caseSearch;
    this.runtime = runtime;
    this.engine = engine;
  }

  /** {@code recordedBy}: the logged-in official; {@code dateField} names the date in a rejection. */
  void lodge(CaseNumber number, LocalDate lodgedOn, String grounds, String recordedBy, String dateField) {
    long caseId = caseSearch.caseId(number);
    decisions.lodgeLateAppeal(caseId, lodgedOn, grounds, recordedBy, dateField);
    started(caseId, number);
  }

  /** The late appeal of the case is on record: the managers are to decide on the lateness. */
  void started(long caseId, CaseNumber number) {
    engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_LATE_APPEAL_LODGED)
        .processInstanceBusinessKey(number.value())
        .setVariables(decisions.lateAppealVariables(caseId))
        .correlateStartMessage());
  }
}
