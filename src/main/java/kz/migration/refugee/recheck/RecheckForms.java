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
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What the recheck forms show, put on the task itself (task-local variables) when it is created, so that
 * the options are those of the moment and do not linger on the process.
 */
final class RecheckForms {

  private RecheckForms() {}

  static void offerOutcomeOptions(DelegateTask task, RecheckService.FormContext context, boolean withMembers) {
    if (withMembers) {
      FAMILY_MEMBERS.setLocal(task, FormOptions.of(context.members()));
    }
    CESSATION_GROUNDS.setLocal(task, FormOptions.of(context.cessationGrounds()));
    DEPRIVATION_GROUNDS.setLocal(task, FormOptions.of(context.deprivationGrounds()));
    CERTIFICATE_VALID_UNTIL.setLocal(task, context.certificateValidUntil().toString());
    SUGGESTED_VALID_FROM.setLocal(task, context.defaultValidFrom().toString());
    SUGGESTED_VALID_UNTIL.setLocal(task, context.defaultValidUntil().toString());
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
