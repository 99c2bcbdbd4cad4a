package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.DEPENDANTS_REMAIN;
import static kz.migration.refugee.recheck.StatusEndProcess.ENDED;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DeregisterPersons}: the end of status takes effect for exactly its persons; whether family members
 * remain, whose position is then reviewed.
 */
@Component
class DeregisterPersonsDelegate implements JavaDelegate {

  private final StatusEnds statusEnds;
  private final StatusEndOfProcess statusEnd;

  DeregisterPersonsDelegate(StatusEnds statusEnds, StatusEndOfProcess statusEnd) {
    this.statusEnds = statusEnds;
    this.statusEnd = statusEnd;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DEPENDANTS_REMAIN.set(execution, statusEnds.takeEffect(statusEnd.of(execution)));
    STATUS_END_OUTCOME.set(execution, ENDED);
  }
}
