package kz.migration.refugee.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An appeal was lodged in time: the case is under appeal and nothing may close it meanwhile. */
@Component
class OpenAppealDelegate implements JavaDelegate {

  private final PetitionDecisionService decisions;

  OpenAppealDelegate(PetitionDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.openAppeal((Long) execution.getVariable("caseId"));
  }
}
