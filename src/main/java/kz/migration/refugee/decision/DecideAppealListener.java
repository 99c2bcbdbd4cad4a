package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FourEyes;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_DecideAppeal}: decided by someone other than the first decider; records the outcome. */
@Component
class DecideAppealListener implements TaskListener {

  private final PetitionDecisionService decisions;
  private final FormInput form;

  private final ProcessCases cases;

  DecideAppealListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    this.cases = cases;
    this.decisions = decisions;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseOf(task);
    String decidedBy = decisions.decider(caseId);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      FourEyes.require(task.getAssignee(), decidedBy, "Решение по жалобе");
      return;
    }
    String actor = Actor.of(task);
    FourEyes.require(actor, decidedBy, "Решение по жалобе");
    AppealForm appeal = form.read(task.getVariables(), AppealForm.class);
    try {
      decisions.decideAppeal(caseId, appeal, actor);
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    task.setVariable(DecisionVariables.APPEAL_OUTCOME, appeal.appealOutcome());
  }
}
