package kz.migration.refugee.recheck;


import kz.migration.refugee.shared.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The family keeps its status: a new refugee certificate for the next period. */
@Component
class ExtendCertificateDelegate implements JavaDelegate {

  private final RecheckService rechecks;

  private final RecheckOfProcess recheck;

  ExtendCertificateDelegate(RecheckService rechecks, RecheckOfProcess recheck) {
    this.recheck = recheck;
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rechecks.extend(recheck.of(execution), Actor.of(execution));
  }
}
