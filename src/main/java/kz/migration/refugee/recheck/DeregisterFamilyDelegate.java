package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.RECHECK_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The end of status is final: the family leaves the register, its certificates are invalidated. */
@Component
class DeregisterFamilyDelegate implements JavaDelegate {

  private final RecheckService rechecks;

  DeregisterFamilyDelegate(RecheckService rechecks) {
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rechecks.endStatus((Long) execution.getVariable(RECHECK_ID));
  }
}
