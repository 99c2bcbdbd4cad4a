package kz.migration.refugee.needs;

import java.util.ArrayList;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.ProcessCases;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task of a case is created with at least the priority its family's specific needs call for
 * ({@link WorkOrder}): a built-in create listener, so that no model can forget it and no caller skip it. A task
 * whose model gives it more (a decision, an escalation) keeps its own. A process not yet on a case (an intake
 * before registration) has no family on the register to ask about.
 */
@Component
class TaskPriorityPlugin extends AbstractProcessEnginePlugin {

  /** Looked up when a task is created: the work order needs the engine this plugin helps to build. */
  private final ObjectProvider<WorkOrder> workOrder;
  private final ObjectProvider<ProcessCases> cases;

  TaskPriorityPlugin(ObjectProvider<WorkOrder> workOrder, ObjectProvider<ProcessCases> cases) {
    this.workOrder = workOrder;
    this.cases = cases;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskPriorityPlugin.this::raise);
      }
    });
  }

  private void raise(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (businessKey == null || !CaseNumber.isValid(businessKey)) {
      return;
    }
    int needed = workOrder.getObject().of(cases.getObject().caseOf(task)).priority();
    if (needed > task.getPriority()) {
      task.setPriority(needed);
    }
  }
}
