package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.JOINING_KEY;

import java.util.List;
import kz.migration.refugee.shared.ProcessVersions;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, once the models are deployed, moves the joinings running on an older version of
 * {@code bpmn/member-joining.bpmn} to the latest one ({@link ProcessVersions}). The court stage after an upheld appeal
 * came with version 1.1.0, which kept every step of 1.0.0 under its id: each instance maps as it stands, with nothing
 * to prepare, so that a joiner whose appeal is still to be decided may then go to court as a petitioner may, instead
 * of leaving the register as soon as the appeal is upheld.
 */
@Component
class JoiningVersions {

  private final ProcessVersions versions;

  JoiningVersions(ProcessVersions versions) {
    this.versions = versions;
  }

  /** Returns the ids of the instances migrated (none on a second start). */
  @EventListener(PostDeployEvent.class)
  List<String> migrate() {
    return versions.migrateToLatest(JOINING_KEY, instance -> { });
  }
}
