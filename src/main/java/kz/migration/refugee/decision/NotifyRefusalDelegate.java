package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The refusal takes effect: the case is refused and its notice is to be served on the applicant
 * ({@code Task_RecordNoticeService}); the appeal window starts only with the service.
 */
@Component
class NotifyRefusalDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  private final ProcessCases cases;

  NotifyRefusalDelegate(PetitionDecisionService decisions, ProcessCases cases) {
    this.cases = cases;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.notifyRefusal(cases.caseOf(execution));
  }
}
