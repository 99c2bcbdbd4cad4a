package kz.migration.refugee.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the running instances of a model's older versions to its latest version, with Camunda's migration: every
 * activity mapped to the activity of the same id in the same scope ({@code mapEqualActivities}), timers and message
 * subscriptions of the new version in place of the old ones ({@code updateEventTriggers}). What a model's change
 * leaves unmappable its feature moves first, on the old version, through the {@code prepare} it passes.
 * <p>
 * Synchronously, a chunk of instances per transaction, not as a batch: what a feature prepares must be followed by
 * the migration at once, and a department has hundreds of running cases, not millions, so a start takes seconds
 * more. A migrated task's form shows what its new version's step shows: that is read when the form is opened.
 * A chunk the engine refuses (an instance it cannot map) is retried one instance at a time: the others move, the
 * refused ones stay on their version, their ids in the log, and the next start tries them again; so does an instance
 * whose preparation fails. Only ids and counts are logged, and a refusal by its classes and stack frames (as
 * {@link ProblemDetailsAdvice} logs a failure), never a message that might quote what a case holds.
 */
@Component
public class ProcessVersions {

  private static final Logger log = LoggerFactory.getLogger(ProcessVersions.class);
  private static final int CHUNK = 100;

  private final RepositoryService repository;
  private final RuntimeService runtime;

  ProcessVersions(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /**
   * Migrates every running instance of an older version of the model {@code key} to its latest version; each is
   * first given to {@code prepare} (on its old version), which may move it by process instance modification where
   * the new version has no place for it. Returns the ids of the instances migrated: none when all run on the
   * latest version already, as after a first start with this version.
   */
  public List<String> migrateToLatest(String key, Consumer<PreparedInstance> prepare) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().withoutTenantId().singleResult();
    List<String> migrated = new ArrayList<>();
    if (latest == null) {
      return migrated;
    }
    for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .withoutTenantId().orderByProcessDefinitionVersion().asc().list()) {
      if (older.getVersion() >= latest.getVersion()) {
        continue;
      }
      List<String> ids = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list().stream()
          .map(ProcessInstance::getId).toList();
      if (ids.isEmpty()) {
        continue;
      }
      log.info("{}: {} instances of version {} ({}) to move to version {} ({})", key, ids.size(), older.getVersion(),
          older.getId(), latest.getVersion(), latest.getId());
      List<String> prepared = new ArrayList<>();
      for (String id : ids) {
        try {
          prepare.accept(new PreparedInstance(id, older));
          prepared.add(id);
        } catch (RuntimeException refused) {
          // one case the engine will not move must not keep the application from starting, nor the others
          log.warn("{}: instance {} stays on version {}, not prepared", key, id, older.getVersion(),
              ProblemDetailsAdvice.Redacted.of(refused));
        }
      }
      MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId())
          .mapEqualActivities().updateEventTriggers().build();
      for (int from = 0; from < prepared.size(); from += CHUNK) {
        List<String> chunk = prepared.subList(from, Math.min(prepared.size(), from + CHUNK));
        try {
          runtime.newMigration(plan).processInstanceIds(chunk).execute();
          migrated.addAll(chunk);
        } catch (RuntimeException chunkRefused) {
          for (String id : chunk) {
            try {
              runtime.newMigration(plan).processInstanceIds(id).execute();
              migrated.add(id);
            } catch (RuntimeException refused) {
              log.warn("{}: instance {} stays on version {}, not migrated", key, id, older.getVersion(),
                  ProblemDetailsAdvice.Redacted.of(refused));
            }
          }
        }
      }
    }
    if (!migrated.isEmpty()) {
      log.info("{}: {} instances now on version {}", key, migrated.size(), latest.getVersion());
    }
    return migrated;
  }

  /** A running instance of an older version, before its migration. */
  public record PreparedInstance(String instanceId, ProcessDefinition definition) {}
}
