package kz.migration.refugee.petition;

import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.petition.PetitionProcess.END_CASE_REOPENED;
import static kz.migration.refugee.petition.PetitionProcess.REOPENING_BPMN;
import static kz.migration.refugee.petition.PetitionProcess.REOPENING_FIELDS;
import static kz.migration.refugee.petition.PetitionProcess.REOPENING_KEY;
import static kz.migration.refugee.petition.PetitionProcess.START_REOPENING_REQUEST_RECEIVED;
import static kz.migration.refugee.petition.PetitionProcess.TASK_RECORD_REOPENING_REQUEST;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths through {@code bpmn/petition-reopening.bpmn} on an in-memory engine ({@code process-test.cfg.xml}), its one
 * bean replaced by a Mockito mock that does to the process what the real bean does. The class fails unless its tests
 * together cover every flow node and sequence flow of the model.
 */
// the standalone in-memory engine's tests run in a JVM of their own (surefire execution process-tests)
@Tag("process")
@Deployment(resources = REOPENING_BPMN)
class CaseReopeningProcessTest {

  private static final String PROCESS_ENGINE_CONFIGURATION = "process-test.cfg.xml";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource(PROCESS_ENGINE_CONFIGURATION)
          .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "RS-2025-000042";

  private final JavaDelegate recordReopeningRequest = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register(delegateOf(TASK_RECORD_REOPENING_REQUEST), recordReopeningRequest);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void theRequestIsRecordedAndTheProcessKeepsOnlyTheCaseNumber() throws Exception {
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setProcessBusinessKey((String) execution.getVariable("caseNumber"));
      execution.removeVariables(REOPENING_FIELDS);
      return null;
    }).when(recordReopeningRequest).execute(any());

    ProcessInstance reopening = runtimeService().startProcessInstanceByKey(REOPENING_KEY,
        withVariables("caseNumber", CASE_NO, "requestedOn", "2026-05-04"));

    assertThat(reopening).isEnded()
        .hasPassedInOrder(START_REOPENING_REQUEST_RECEIVED, TASK_RECORD_REOPENING_REQUEST, END_CASE_REOPENED);
    // ended at once: its business key is read from history
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(reopening.getId())
        .singleResult().getBusinessKey()).isEqualTo(CASE_NO);
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(reopening.getId()).list()).isEmpty();
  }

  @Test
  void aRefusedRequestStartsNothing() throws Exception {
    doThrow(new BadUserRequestException("«Номер дела»: дело не закрыто как оставленное заявителем"))
        .when(recordReopeningRequest).execute(any());
    long before = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(REOPENING_KEY).count();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(REOPENING_KEY,
        withVariables("caseNumber", CASE_NO, "requestedOn", "2026-05-04")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Номер дела");
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(REOPENING_KEY)
        .count()).isEqualTo(before);
  }
}
