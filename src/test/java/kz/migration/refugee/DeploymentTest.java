package kz.migration.refugee;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Started from the build folder, as {@code ./mvnw spring-boot:run} starts it, the application deploys the models
 * and forms under their folder paths and nothing else. {@link PackagedJarIT} checks the same of the packaged jar.
 */
@ApplicationTest
class DeploymentTest {

  @Autowired RepositoryService repository;

  @Test
  void theProcessArchiveHoldsEveryModelAndFormUnderItsFolderPathAndNothingElse() {
    Deployment latest = repository.createDeploymentQuery().deploymentName("refugee-status")
        .orderByDeploymentTime().desc().listPage(0, 1).get(0);

    assertThat(repository.getDeploymentResources(latest.getId())).extracting(Resource::getName)
        .containsExactlyInAnyOrderElementsOf(ModelsAndForms.resourceNames());
  }
}
