package kz.migration.refugee.audit;

import kz.migration.refugee.decision.AppealDecided;
import kz.migration.refugee.decision.PetitionDecided;
import kz.migration.refugee.petition.DecisionDeadlineExtended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends the decision log entry of each recorded act. Plain {@link EventListener}s, called synchronously
 * inside the publishing transaction (not after commit, not asynchronously): the entry commits or rolls back
 * with the act, and a failure to append fails the act.
 * <p>
 * Cessation, deprivation and deregistration, when they exist, publish their own past-tense events from
 * their feature and get a method here and a kind in {@link DecisionLog}; nothing else changes.
 */
@Component
class DecisionLogRecorder {

  private final DecisionLog log;

  DecisionLogRecorder(DecisionLog log) {
    this.log = log;
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
  void on(DecisionDeadlineExtended event) {
    log.append(DecisionLog.DEADLINE_EXTENDED, event.caseNumber(), event.extendedBy(), event.at(), event);
  }
}
