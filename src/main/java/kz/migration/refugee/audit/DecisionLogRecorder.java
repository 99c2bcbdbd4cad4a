package kz.migration.refugee.audit;

import java.time.Clock;
import kz.migration.refugee.caseload.CaseloadImported;
import kz.migration.refugee.decision.AppealDecided;
import kz.migration.refugee.decision.CourtDecisionRecorded;
import kz.migration.refugee.decision.LateAppealReviewed;
import kz.migration.refugee.decision.PetitionDecided;
import kz.migration.refugee.petition.DecisionDeadlineExtended;
import kz.migration.refugee.recheck.StatusEndAppealDecided;
import kz.migration.refugee.recheck.StatusEndDecided;
import kz.migration.refugee.registry.CertificateExtended;
import kz.migration.refugee.registry.Deregistration;
import kz.migration.refugee.shared.AccessChanged;
import kz.migration.refugee.shared.EngineRepaired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends the decision log entry of each recorded act. Plain {@link EventListener}s, called synchronously
 * inside the publishing transaction (not after commit, not asynchronously): the entry commits or rolls back
 * with the act, and a failure to append fails the act.
 * <p>
 * A new kind of act publishes its own past-tense event from its feature and gets a method here and a kind
 * in {@link DecisionLog}; nothing else changes.
 */
@Component
class DecisionLogRecorder {

  private final DecisionLog log;
  private final Clock clock;

  DecisionLogRecorder(DecisionLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @EventListener
  void on(PetitionDecided event) {
    log.append(DecisionLog.PETITION_DECIDED, event.caseNumber(), event.decidedBy(), event.decidedAt(), event);
  }

  @EventListener
  void on(AppealDecided event) {
    log.append(DecisionLog.APPEAL_DECIDED, event.caseNumber(), event.decidedBy(), event.decidedAt(), event);
  }

  @EventListener
  void on(LateAppealReviewed event) {
    log.append(DecisionLog.LATE_APPEAL_REVIEWED, event.caseNumber(), event.decidedBy(), event.decidedAt(), event);
  }

  @EventListener
  void on(CourtDecisionRecorded event) {
    log.append(DecisionLog.COURT_DECISION_RECORDED, event.caseNumber(), event.recordedBy(), event.recordedAt(), event);
  }

  @EventListener
  void on(DecisionDeadlineExtended event) {
    log.append(DecisionLog.DEADLINE_EXTENDED, event.caseNumber(), event.extendedBy(), event.at(), event);
  }

  @EventListener
  void on(CertificateExtended event) {
    log.append(DecisionLog.CERTIFICATE_EXTENDED, event.caseNumber(), event.by(), event.at(), event);
  }

  @EventListener
  void on(Deregistration event) {
    log.append(DecisionLog.DEREGISTERED, event.caseNumber(), event.by(), clock.instant(), event);
  }

  @EventListener
  void on(StatusEndDecided event) {
    log.append(DecisionLog.STATUS_END_DECIDED, event.caseNumber(), event.decidedBy(), event.decidedAt(), event);
  }

  @EventListener
  void on(StatusEndAppealDecided event) {
    log.append(DecisionLog.STATUS_END_APPEAL_DECIDED, event.caseNumber(), event.decidedBy(), event.decidedAt(), event);
  }

  @EventListener
  void on(CaseloadImported event) {
    log.append(DecisionLog.CASELOAD_IMPORTED, null, event.by(), event.at(), event);
  }

  @EventListener
  void on(AccessChanged event) {
    log.append(DecisionLog.ACCESS_CHANGED, null, event.by(), event.at(), event);
  }

  @EventListener
  void on(EngineRepaired event) {
    log.append(DecisionLog.ENGINE_REPAIRED, null, event.by(), event.at(), event);
  }
}
