package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.KEY;
import static kz.migration.refugee.recheck.RecheckProcess.TASK_REVIEW_RECHECK;

import java.util.ArrayList;
import java.util.List;
import kz.migration.refugee.shared.ProcessVersions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, once the models are deployed, moves the rechecks running on an older version of
 * {@code bpmn/annual-recheck.bpmn} to the latest one ({@link ProcessVersions}): verification, review, extension and
 * the overdue watch kept their ids and map as they stand. Versions before the status-end process ended the status
 * in a branch of their own (confirmation, notification, the appeal window, the appeal, deregistration), which the
 * latest version hands to {@code status-end} as a call activity, fed by the proposal its review records. An
 * instance waiting in that old branch has no such proposal and no place in the new model: on its old version the
 * old steps are cancelled and the manager's review starts again, so that the proposal is made, confirmed and
 * appealed in the status-end process (nobody has left the register yet: the old branch deregistered last).
 */
@Component
class RecheckVersions {

  private static final Logger log = LoggerFactory.getLogger(RecheckVersions.class);

  private final ProcessVersions versions;
  private final RuntimeService runtime;
  private final RepositoryService repository;

  RecheckVersions(ProcessVersions versions, RuntimeService runtime, RepositoryService repository) {
    this.versions = versions;
    this.runtime = runtime;
    this.repository = repository;
  }

  /** Returns the ids of the instances migrated (none on a second start). */
  @EventListener(PostDeployEvent.class)
  List<String> migrate() {
    var latest = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .withoutTenantId().singleResult();
    if (latest == null) {
      return List.of();
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(latest.getId());
    List<String> reviewedAgain = new ArrayList<>();
    List<String> migrated = versions.migrateToLatest(KEY, instance -> {
      if (reviewAgain(instance.instanceId(), model)) {
        reviewedAgain.add(instance.instanceId());
      }
    });
    if (!migrated.isEmpty() || !reviewedAgain.isEmpty()) {
      log.info("Rechecks migrated: {}; review started again for {}: {}", migrated.size(), reviewedAgain.size(),
          reviewedAgain);
    }
    return migrated;
  }

  /** Cancels the steps the latest model no longer has and starts the review again. Returns whether it did. */
  private boolean reviewAgain(String instanceId, BpmnModelInstance latest) {
    ActivityInstance tree = runtime.getActivityInstance(instanceId);
    if (tree == null) {
      return false;
    }
    ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(instanceId)
        .startBeforeActivity(TASK_REVIEW_RECHECK);
    int gone = cancelGone(tree, latest, modification);
    if (gone == 0) {
      return false;
    }
    modification.setAnnotation("Процесс переведён на новую версию модели: прекращение статуса отдельным процессом")
        .execute();
    return true;
  }

  private static int cancelGone(ActivityInstance scope, BpmnModelInstance latest,
      ProcessInstanceModificationBuilder modification) {
    int gone = 0;
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      if (latest.getModelElementById(child.getActivityId()) == null) {
        modification.cancelActivityInstance(child.getId());
        gone++;
      } else {
        gone += cancelGone(child, latest, modification);
      }
    }
    for (TransitionInstance waiting : scope.getChildTransitionInstances()) {
      if (latest.getModelElementById(waiting.getActivityId()) == null) {
        modification.cancelTransitionInstance(waiting.getId());
        gone++;
      }
    }
    return gone;
  }
}
