package kz.migration.refugee.decision;

import static kz.migration.refugee.decision.DecisionVariables.DECIDED_BY;
import static kz.migration.refugee.decision.DecisionVariables.DECISION_OUTCOME;
import static kz.migration.refugee.decision.DecisionVariables.RECOMMENDATION;
import static kz.migration.refugee.decision.DecisionVariables.RECOMMENDATION_DECISION_KEY;
import static kz.migration.refugee.decision.DecisionVariables.RECOMMENDATION_RULE;
import static kz.migration.refugee.review.ReviewVariables.ASSESSED_BY;
import static kz.migration.refugee.review.ReviewVariables.CREDIBILITY;
import static kz.migration.refugee.review.ReviewVariables.EXCLUSION_INDICATORS;
import static kz.migration.refugee.review.ReviewVariables.WELL_FOUNDED_FEAR;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FourEyes;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DecidePetition}: on assignment and on completion, refuses the author of the assessment
 * (four-eyes); on completion, records the decision with the rules' recommendation and its inputs.
 */
@Component
class DecidePetitionListener implements TaskListener {

  private final PetitionDecisionService decisions;
  private final FormInput form;

  DecidePetitionListener(PetitionDecisionService decisions, FormInput form) {
    this.decisions = decisions;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    String assessedBy = (String) task.getVariable(ASSESSED_BY);
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      FourEyes.require(task.getAssignee(), assessedBy, "Решение по ходатайству");
      return;
    }
    String actor = Actor.of(task);
    FourEyes.require(actor, assessedBy, "Решение по ходатайству");
    DecisionForm decision = form.read(task.getVariables(), DecisionForm.class);
    try {
      decisions.decide((Long) task.getVariable("caseId"), decision, actor, recommendation(task));
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    task.setVariable(DECISION_OUTCOME, decision.decisionOutcome());
    task.setVariable(DECIDED_BY, actor);
  }

  private static Recommendation recommendation(DelegateTask task) {
    String inputs = "{\"credibility\":\"%s\",\"wellFoundedFear\":%s,\"exclusionIndicators\":%s}".formatted(
        task.getVariable(CREDIBILITY), task.getVariable(WELL_FOUNDED_FEAR), task.getVariable(EXCLUSION_INDICATORS));
    return new Recommendation((String) task.getVariable(RECOMMENDATION), (String) task.getVariable(RECOMMENDATION_RULE),
        inputs, rulesVersion(task));
  }

  /** The recommendation table deployed with this process version (decisionRefBinding="deployment"). */
  private static String rulesVersion(DelegateTask task) {
    RepositoryService repository = task.getProcessEngineServices().getRepositoryService();
    String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    DecisionDefinition table = repository.createDecisionDefinitionQuery().deploymentId(deploymentId)
        .decisionDefinitionKey(RECOMMENDATION_DECISION_KEY).singleResult();
    return table == null ? null
        : table.getKey() + ":" + table.getVersion() + (table.getVersionTag() == null ? "" : " (" + table.getVersionTag() + ")");
  }
}
