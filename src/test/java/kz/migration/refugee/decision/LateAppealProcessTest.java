package kz.migration.refugee.decision;

import static kz.migration.refugee.StepBeans.delegateOf;
import static kz.migration.refugee.petition.PetitionProcess.END_LATE_APPEAL_RECORDED;
import static kz.migration.refugee.petition.PetitionProcess.LATE_APPEAL_BPMN;
import static kz.migration.refugee.petition.PetitionProcess.LATE_APPEAL_FIELDS;
import static kz.migration.refugee.petition.PetitionProcess.LATE_APPEAL_KEY;
import static kz.migration.refugee.petition.PetitionProcess.START_LATE_APPEAL_RECEIVED;
import static kz.migration.refugee.petition.PetitionProcess.TASK_RECORD_LATE_APPEAL;
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
 * Paths through {@code bpmn/petition-late-appeal.bpmn} on an in-memory engine ({@code process-test.cfg.xml}), its one
 * bean replaced by a Mockito mock that does to the process what the real bean does. The class fails unless its tests
 * together cover every flow node and sequence flow of the model.
 */
// the standalone in-memory engine's tests run in a JVM of their own (surefire execution process-tests)
@Tag("process")
@Deployment(resources = LATE_APPEAL_BPMN)
class LateAppealProcessTest {

  private static final String PROCESS_ENGINE_CONFIGURATION = "process-test.cfg.xml";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().configurationResource(PROCESS_ENGINE_CONFIGURATION)
          .assertClassCoverageAtLeast(1.0).build();

  private static final String CASE_NO = "RS-2025-000042";

  private final JavaDelegate recordLateAppeal = mock(JavaDelegate.class);

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    Mocks.register(delegateOf(TASK_RECORD_LATE_APPEAL), recordLateAppeal);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void theLateAppealIsRecordedAndTheActionKeepsOnlyTheCaseNumber() throws Exception {
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setProcessBusinessKey((String) execution.getVariable("caseNumber"));
      execution.removeVariables(LATE_APPEAL_FIELDS);
      return null;
    }).when(recordLateAppeal).execute(any());

    ProcessInstance action = runtimeService().startProcessInstanceByKey(LATE_APPEAL_KEY, withVariables(
        "caseNumber", CASE_NO, "lateAppealLodgedOn", "2026-05-04", "lateAppealGrounds", "Не мог подать в срок."));

    assertThat(action).isEnded()
        .hasPassedInOrder(START_LATE_APPEAL_RECEIVED, TASK_RECORD_LATE_APPEAL, END_LATE_APPEAL_RECORDED);
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(action.getId())
        .singleResult().getBusinessKey()).isEqualTo(CASE_NO);
    // the grounds live in the data bank only, never in engine history
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(action.getId()).list()).isEmpty();
  }

  @Test
  void aRefusedLateAppealStartsNothing() throws Exception {
    doThrow(new BadUserRequestException("«Номер дела»: отказ ещё не вступил в силу"))
        .when(recordLateAppeal).execute(any());
    long before = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(LATE_APPEAL_KEY).count();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(LATE_APPEAL_KEY, withVariables(
        "caseNumber", CASE_NO, "lateAppealLodgedOn", "2026-05-04", "lateAppealGrounds", "Не мог подать в срок.")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Номер дела");
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(LATE_APPEAL_KEY)
        .count()).isEqualTo(before);
  }
}
