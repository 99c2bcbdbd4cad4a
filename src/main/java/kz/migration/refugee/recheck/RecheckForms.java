package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.CERTIFICATE_VALID_UNTIL;
import static kz.migration.refugee.recheck.RecheckProcess.CESSATION;
import static kz.migration.refugee.recheck.RecheckProcess.CESSATION_GROUNDS;
import static kz.migration.refugee.recheck.RecheckProcess.DEPRIVATION;
import static kz.migration.refugee.recheck.RecheckProcess.DEPRIVATION_GROUNDS;
import static kz.migration.refugee.recheck.RecheckProcess.FAMILY_MEMBERS;
import static kz.migration.refugee.recheck.RecheckProcess.SUGGESTED_VALID_FROM;
import static kz.migration.refugee.recheck.RecheckProcess.SUGGESTED_VALID_UNTIL;
import static kz.migration.refugee.recheck.RecheckProcess.RECHECK_OUTCOME;

import kz.migration.refugee.shared.FormOptions;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What the recheck forms show, read when the form is opened ({@link FormView}), and where their outcome goes. */
final class RecheckForms {

  private RecheckForms() {}

  static void offerOutcomeOptions(FormView view, RecheckService.FormContext context, boolean withMembers) {
    if (withMembers) {
      view.json(FAMILY_MEMBERS, () -> FormOptions.of(context.members()));
    }
    view.json(CESSATION_GROUNDS, () -> FormOptions.of(context.cessationGrounds()));
    view.json(DEPRIVATION_GROUNDS, () -> FormOptions.of(context.deprivationGrounds()));
    view.text(CERTIFICATE_VALID_UNTIL, () -> context.certificateValidUntil().toString());
    view.text(SUGGESTED_VALID_FROM, () -> context.defaultValidFrom().toString());
    view.text(SUGGESTED_VALID_UNTIL, () -> context.defaultValidUntil().toString());
  }

  /**
   * The routing outcome goes to the process; a proposal to end the status passes its id, kind and reason to the
   * {@code status-end} process the recheck calls (its author is in the data bank, for four-eyes).
   */
  static void route(DelegateTask task, String outcome, RecheckService rechecks, long recheckId) {
    RECHECK_OUTCOME.set(task.getExecution(), outcome);
    if (CESSATION.equals(outcome) || DEPRIVATION.equals(outcome)) {
      StatusEnds.Proposed proposed = rechecks.statusEndProposed(recheckId);
      StatusEndProcess.STATUS_END_ID.set(task.getExecution(), proposed.statusEndId());
      StatusEndProcess.STATUS_END_KIND.set(task.getExecution(), proposed.kind().code());
      StatusEndProcess.STATUS_END_REASON.set(task.getExecution(), proposed.reason());
    }
  }
}
