package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.CERTIFICATE_VALID_UNTIL;
import static kz.migration.refugee.recheck.RecheckVariables.CESSATION;
import static kz.migration.refugee.recheck.RecheckVariables.CESSATION_GROUNDS;
import static kz.migration.refugee.recheck.RecheckVariables.DEPRIVATION;
import static kz.migration.refugee.recheck.RecheckVariables.DEPRIVATION_GROUNDS;
import static kz.migration.refugee.recheck.RecheckVariables.FAMILY_MEMBERS;
import static kz.migration.refugee.recheck.RecheckVariables.SUGGESTED_VALID_FROM;
import static kz.migration.refugee.recheck.RecheckVariables.SUGGESTED_VALID_UNTIL;
import static kz.migration.refugee.recheck.RecheckVariables.RECHECK_OUTCOME;
import static kz.migration.refugee.recheck.RecheckVariables.STATUS_END_PROPOSED_BY;

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
      task.setVariableLocal(FAMILY_MEMBERS, FormOptions.of(context.members()));
    }
    task.setVariableLocal(CESSATION_GROUNDS, FormOptions.of(context.cessationGrounds()));
    task.setVariableLocal(DEPRIVATION_GROUNDS, FormOptions.of(context.deprivationGrounds()));
    task.setVariableLocal(CERTIFICATE_VALID_UNTIL, context.certificateValidUntil().toString());
    task.setVariableLocal(SUGGESTED_VALID_FROM, context.defaultValidFrom().toString());
    task.setVariableLocal(SUGGESTED_VALID_UNTIL, context.defaultValidUntil().toString());
  }

  /** The routing outcome goes to the process; a proposal to end the status remembers its author (four-eyes). */
  static void route(DelegateTask task, String outcome, String actor) {
    task.getExecution().setVariable(RECHECK_OUTCOME, outcome);
    if (CESSATION.equals(outcome) || DEPRIVATION.equals(outcome)) {
      task.getExecution().setVariable(STATUS_END_PROPOSED_BY, actor);
    }
  }
}
