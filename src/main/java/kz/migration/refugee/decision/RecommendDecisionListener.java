package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.PERSON_ID;
import static kz.migration.refugee.petition.PetitionProcess.RECOMMENDATION;
import static kz.migration.refugee.petition.PetitionProcess.RECOMMENDATION_DECISION_KEY;
import static kz.migration.refugee.petition.PetitionProcess.RECOMMENDATION_RULE;

import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Leaving {@code Task_RecommendDecision} (on the flow {@code Flow_Recommended}, once its outputs are mapped): records
 * in the data bank what the table just recommended for the person of this instance of {@code SubProcess_AssessPerson},
 * in the same transaction as its evaluation, with the assessment on record it was given and the table's version. The decision later takes the recommendation from there, so no
 * variable written afterwards can change it.
 */
@Component
class RecommendDecisionListener implements ExecutionListener {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  RecommendDecisionListener(PetitionDecisionService decisions, ProcessCases cases) {
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.recordRecommendation(cases.caseOf(execution), PERSON_ID.get(execution), RECOMMENDATION.get(execution),
        RECOMMENDATION_RULE.get(execution), rulesVersion(execution));
  }

  /** The recommendation table deployed with this process version (decisionRefBinding="deployment"). */
  private static String rulesVersion(DelegateExecution execution) {
    RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
    String deploymentId = repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
    DecisionDefinition table = repository.createDecisionDefinitionQuery().deploymentId(deploymentId)
        .decisionDefinitionKey(RECOMMENDATION_DECISION_KEY).singleResult();
    return table == null ? null
        : table.getKey() + ":" + table.getVersion() + (table.getVersionTag() == null ? "" : " (" + table.getVersionTag() + ")");
  }
}
