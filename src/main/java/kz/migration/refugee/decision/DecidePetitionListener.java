package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import static kz.migration.refugee.decision.DecisionVariables.DECIDED_BY;
import static kz.migration.refugee.decision.DecisionVariables.DECISION_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FourEyes;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecidePetition}: on assignment and on completion, refuses the author of the assessment on record
 * (four-eyes); on completion, records the decision with the rules' recommendation recorded at its evaluation.
 */
@Component
class DecidePetitionListener implements TaskListener {

  private final PetitionDecisionService decisions;
  private final FormInput form;

  private final ProcessCases cases;

  DecidePetitionListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    this.cases = cases;
    this.decisions = decisions;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseOf(task);
    String assessedBy = decisions.assessor(caseId);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      FourEyes.require(task.getAssignee(), assessedBy, "Решение по ходатайству");
      return;
    }
    String actor = Actor.of(task);
    FourEyes.require(actor, assessedBy, "Решение по ходатайству");
    DecisionForm decision = form.read(task.getVariables(), DecisionForm.class);
    try {
      decisions.decide(caseId, decision, actor);
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    task.setVariable(DECISION_OUTCOME, decision.decisionOutcome());
    task.setVariable(DECIDED_BY, actor);
  }
}
