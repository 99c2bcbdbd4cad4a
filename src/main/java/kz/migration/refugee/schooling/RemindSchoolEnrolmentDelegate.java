package kz.migration.refugee.schooling;

import kz.migration.refugee.shared.TaskListProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * No outcome of the referral within {@code refugee.schools.outcome-reminder}: the open «Записать результат
 * зачисления» rises to the reminder priority, so that it heads the caseworkers' lists and the «Приоритетные» filter
 * (it is overdue by its due date at the same time), and its name says why.
 */
@Component
class RemindSchoolEnrolmentDelegate implements JavaDelegate {

  static final String REMINDER_PREFIX = "Напоминание: нет результата направления в школу — ";

  private final TaskListProperties taskList;

  RemindSchoolEnrolmentDelegate(TaskListProperties taskList) {
    this.taskList = taskList;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var tasks = execution.getProcessEngineServices().getTaskService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(SchoolReferralProcess.TASK_RECORD_SCHOOL_ENROLMENT).list()
          .forEach(task -> {
            task.setPriority(Math.max(task.getPriority(), taskList.reminderPriority()));
            if (task.getName() != null && !task.getName().startsWith(REMINDER_PREFIX)) {
              task.setName(REMINDER_PREFIX + task.getName());
            }
            tasks.saveTask(task);
          });
      return null;
    });
  }
}
