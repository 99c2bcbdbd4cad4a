package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.CaseSteps;
import kz.migration.refugee.petition.PetitionProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A typed process variable written by a step: a value the process already holds is not written again. */
@ApplicationTest
class ProcessVariableTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired ProcessEngineConfigurationImpl engine;

  private long updates(String instance) {
    return history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
        .filter(d -> d instanceof HistoricVariableUpdate u
            && u.getVariableName().equals(PetitionProcess.NEEDS_HOUSING.name()))
        .count();
  }

  private void set(String instance, boolean value) {
    engine.getCommandExecutorTxRequired().execute(context -> {
      PetitionProcess.NEEDS_HOUSING.set(context.getExecutionManager().findExecutionById(instance), value);
      return null;
    });
  }

  @Test
  void anEqualValueIsLeftAsItIsAndAChangedOneWrittenWithItsHistory() {
    String caseNumber = new CaseSteps(http, runtime, tasks, management, identity).fileOnly(CaseSteps.family());
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(PetitionProcess.KEY).singleResult().getId();
    boolean held = (Boolean) runtime.getVariable(instance, PetitionProcess.NEEDS_HOUSING.name());
    long recorded = updates(instance);

    set(instance, held);
    assertThat(updates(instance)).as("the same value again changes nothing").isEqualTo(recorded);

    set(instance, !held);
    assertThat(updates(instance)).isEqualTo(recorded + 1);
    assertThat(runtime.getVariable(instance, PetitionProcess.NEEDS_HOUSING.name())).isEqualTo(!held);
  }
}
