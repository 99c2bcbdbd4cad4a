package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.KEY;
import static kz.migration.refugee.petition.PetitionProcess.SUBPROCESS_ASSESS_PERSON;
import static kz.migration.refugee.petition.PetitionProcess.TASK_ASSESS_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_DECIDE_PETITION;
import static kz.migration.refugee.petition.PetitionProcess.TASK_REQUEST_POLICE_CHECK;
import static kz.migration.refugee.petition.PetitionProcess.TASK_REQUEST_SECURITY_CHECK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.review.ReviewService;
import kz.migration.refugee.shared.ProcessVersions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, once the models are deployed, moves the petitions running on an older version of
 * {@code bpmn/petition.bpmn} to the latest one ({@link ProcessVersions}). Versions from before the decision per
 * person (without {@code SubProcess_AssessPerson}) assessed the family once, at a {@code Task_AssessPetition} of the
 * examination itself, and decided it through a form of three fields; the latest version assesses each adult inside
 * a multi-instance subprocess and decides every person listed on the task's decision sheet. So, on the old version
 * first:
 * <ul>
 * <li>an instance at the old assessment has no person to assess ({@code personId}) and no place in the new model:
 * its assessment is cancelled and both agency checks started again;</li>
 * <li>an instance at the decision whose adults (or, without an adult, children) do not each have an assessment and
 * a recommendation of their own — the families assessed as one, whose assessment V19 gave to the head — could not
 * be decided, since the decision takes each one's recommendation: the same.</li>
 * </ul>
 * The checks are asynchronous and idempotent (a reply on record is returned again, the agencies are not asked
 * twice), and, migrated, they join into {@code SubProcess_AssessPerson}: every adult is then assessed on their own.
 * A decision task migrated as it stands keeps its place, its due date and whoever took it; its form, the latest
 * version's, shows the decision sheet and the case file when it is opened, as on any decision task.
 */
@Component
class PetitionVersions {

  private static final Logger log = LoggerFactory.getLogger(PetitionVersions.class);

  private final ProcessVersions versions;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final CaseSearch caseSearch;
  private final ReviewService review;
  private final PetitionDecisionService decisions;

  PetitionVersions(ProcessVersions versions, RuntimeService runtime, RepositoryService repository,
      CaseSearch caseSearch, ReviewService review, PetitionDecisionService decisions) {
    this.versions = versions;
    this.runtime = runtime;
    this.repository = repository;
    this.caseSearch = caseSearch;
    this.review = review;
    this.decisions = decisions;
  }

  /** Returns the ids of the instances migrated (none on a second start). */
  @EventListener(PostDeployEvent.class)
  List<String> migrate() {
    Map<String, Boolean> perPerson = new HashMap<>();
    List<String> restartedIds = new ArrayList<>();
    List<String> migrated = versions.migrateToLatest(KEY, instance -> {
      boolean assessesPerPerson = perPerson.computeIfAbsent(instance.definition().getId(), id ->
          repository.getBpmnModelInstance(id).getModelElementById(SUBPROCESS_ASSESS_PERSON) != null);
      if (!assessesPerPerson && restartChecks(instance.instanceId())) {
        restartedIds.add(instance.instanceId());
      }
    });
    if (!migrated.isEmpty() || !restartedIds.isEmpty()) {
      log.info("Petitions migrated: {}; assessment started again for {}: {}", migrated.size(), restartedIds.size(),
          restartedIds);
    }
    return migrated;
  }

  /**
   * On the old version: cancels the family's assessment, or the decision of a family not assessed person by person,
   * and starts both agency checks again. Returns whether it did.
   */
  private boolean restartChecks(String instanceId) {
    ActivityInstance tree = runtime.getActivityInstance(instanceId);
    if (tree == null) {
      return false;
    }
    List<ActivityInstance> cancelled = new ArrayList<>(List.of(tree.getActivityInstances(TASK_ASSESS_PETITION)));
    ActivityInstance[] deciding = tree.getActivityInstances(TASK_DECIDE_PETITION);
    if (deciding.length > 0 && !everyoneAssessed(instanceId)) {
      cancelled.addAll(List.of(deciding));
    }
    if (cancelled.isEmpty()) {
      return false;
    }
    // started first, so that the examination around the cancelled task is never left without an activity
    ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(instanceId)
        .startBeforeActivity(TASK_REQUEST_POLICE_CHECK)
        .startBeforeActivity(TASK_REQUEST_SECURITY_CHECK);
    cancelled.forEach(a -> modification.cancelActivityInstance(a.getId()));
    modification.setAnnotation("Процесс переведён на новую версию модели: заключение по каждому совершеннолетнему")
        .execute();
    return true;
  }

  /** Whether each person decided on their own grounds has an assessment and a recommendation of their own. */
  private boolean everyoneAssessed(String instanceId) {
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey();
    long caseId = caseSearch.caseId(new CaseNumber(caseNumber));
    Map<Long, Boolean> recommended = new HashMap<>();
    decisions.toDecide(caseId).forEach(t -> recommended.put(t.person().personId(), t.recommendation().isPresent()));
    return review.personsToAssess(caseId).stream().allMatch(personId ->
        review.latestAssessment(caseId, personId).isPresent() && recommended.getOrDefault(personId, false));
  }
}
