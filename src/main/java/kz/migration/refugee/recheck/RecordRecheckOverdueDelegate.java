package kz.migration.refugee.recheck;


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

  private final RecheckOfProcess recheck;

  RecordRecheckOverdueDelegate(RecheckService rechecks, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rechecks.markOverdue(recheck.of(execution));
  }
}
