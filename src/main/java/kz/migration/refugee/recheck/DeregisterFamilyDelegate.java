package kz.migration.refugee.recheck;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The end of status is final: the family leaves the register, its certificates are invalidated. */
@Component
class DeregisterFamilyDelegate implements JavaDelegate {

  private final RecheckService rechecks;

  private final RecheckOfProcess recheck;

  DeregisterFamilyDelegate(RecheckService rechecks, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rechecks.endStatus(recheck.of(execution));
  }
}
