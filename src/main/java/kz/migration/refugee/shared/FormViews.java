package kz.migration.refugee.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Adds to a task's form variables what its form shows from the data bank ({@link FormView}), read by the task's
 * {@link FormStep} (the listener its model binds to {@code complete}) in the same command: after the engine's own
 * checks of who may read the task, so the form shows nothing to anyone the task is not for.
 */
@Component
class FormViews extends AbstractProcessEnginePlugin {

  /** The form step behind a model's listener expression: beans, resolved once. */
  private final Map<String, Object> steps = new ConcurrentHashMap<>();
  private ProcessEngineConfigurationImpl engine;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.engine = configuration;
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  private final class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetTaskFormVariablesCmd read && result instanceof VariableMap variables) {
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(read.resourceId);
        if (task != null) {
          FormView view = new FormView(read.formVariableNames);
          show(task, view);
          // over anything an older task still holds under the same name: the data bank as it is now
          view.values().forEach(variables::putValueTyped);
        }
      }
      return result;
    }
  }

  private void show(TaskEntity task, FormView view) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null) {
      return;
    }
    for (TaskListener listener : definition.getTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE)) {
      if (listener instanceof DelegateExpressionTaskListener bound
          && step(bound.getExpressionText(), task) instanceof FormStep<?> step) {
        step.show(task, view);
        return;
      }
    }
  }

  private Object step(String expression, TaskEntity task) {
    return steps.computeIfAbsent(expression,
        text -> engine.getExpressionManager().createExpression(text).getValue(task));
  }
}
