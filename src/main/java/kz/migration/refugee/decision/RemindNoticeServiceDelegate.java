package kz.migration.refugee.decision;

import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.shared.TaskListProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The refusal's service is not recorded in time: the caseworkers' open «Вручить уведомление об отказе» rises to the
 * reminder priority, so that it heads their list in Tasklist (already shown overdue by its due date).
 */
@Component
class RemindNoticeServiceDelegate implements JavaDelegate {

  private final TaskListProperties taskList;

  RemindNoticeServiceDelegate(TaskListProperties taskList) {
    this.taskList = taskList;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tasks = execution.getProcessEngineServices().getTaskService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(PetitionProcess.TASK_RECORD_NOTICE_SERVICE).list()
          .forEach(task -> tasks.setPriority(task.getId(), taskList.reminderPriority()));
      return null;
    });
  }
}
