package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.RECHECK_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The certificate expired before the recheck ended: recorded, and managers are told. The family stays on
 * the register: an office being late never ends a status.
 */
@Component
class RecordRecheckOverdueDelegate implements JavaDelegate {

  private final RecheckService rechecks;

  RecordRecheckOverdueDelegate(RecheckService rechecks) {
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rechecks.markOverdue((Long) execution.getVariable(RECHECK_ID));
  }
}
