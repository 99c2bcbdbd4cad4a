package kz.migration.refugee.repatriation;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DeregisterReturnees}: the status of the returnees ends with reason "voluntary return"; they leave
 * the register (the decision log records it), and the family's certificates follow.
 */
@Component
class DeregisterReturneesDelegate implements JavaDelegate {

  private final VoluntaryReturnService returns;

  private final ReturnOfProcess returnOf;

  DeregisterReturneesDelegate(VoluntaryReturnService returns, ReturnOfProcess returnOf) {
    this.returnOf = returnOf;
    this.returns = returns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    returns.deregisterReturnees(returnOf.of(execution));
  }
}
