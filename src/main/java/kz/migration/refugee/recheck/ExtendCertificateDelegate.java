package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckVariables.RECHECK_ID;

import kz.migration.refugee.shared.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The family keeps its status: a new refugee certificate for the next period. */
@Component
class ExtendCertificateDelegate implements JavaDelegate {

  private final RecheckService rechecks;

  ExtendCertificateDelegate(RecheckService rechecks) {
    this.rechecks = rechecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rechecks.extend((Long) execution.getVariable(RECHECK_ID), Actor.of(execution));
  }
}
