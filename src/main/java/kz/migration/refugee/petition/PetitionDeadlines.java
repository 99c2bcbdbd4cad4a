package kz.migration.refugee.petition;

import java.util.Date;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.TaskDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Due dates of the petition's user tasks that depend on its decision deadline, for the model's
 * {@code camunda:dueDate="${petitionDeadlines.decision(execution)}"}. The deadline is read from the data bank for the
 * process's case (its business key), never from a process variable a client might have written.
 * Public, as the models' expressions call it: the expression language only sees public classes' methods.
 */
@Component
public class PetitionDeadlines {

  private final PetitionService petitions;
  private final ProcessCases cases;
  private final TaskDeadlines tasks;
  private final ProcedureProperties procedure;

  PetitionDeadlines(PetitionService petitions, ProcessCases cases, TaskDeadlines tasks, ProcedureProperties procedure) {
    this.petitions = petitions;
    this.cases = cases;
    this.tasks = tasks;
    this.procedure = procedure;
  }

  /**
   * How long the interview may stay unappointed before a manager decides whether the case is abandoned, as the
   * ISO-8601 duration of the timer on «Назначить собеседование» (counted from the moment the step is reached:
   * registration, a missed appointment, a manager's decision to appoint it again).
   */
  public String abandonmentPeriod() {
    return procedure.abandonmentPeriod().toString();
  }

  /** The decision: by the petition's decision deadline, as extended. */
  public Date decision(DelegateExecution execution) {
    return Deadlines.dueBy(petitions.decisionDueOn(cases.caseOf(execution)));
  }

  /**
   * The deadline was extended while the decision may already wait in the task list: its due date follows. The
   * engine sets a due date only when it creates a task; the application moves it, as nobody else may.
   */
  void decisionExtended(DelegateTask task) {
    Date due = decision(task.getExecution());
    Context.getCommandContext().runWithoutAuthorization(() -> {
      task.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(PetitionProcess.TASK_DECIDE_PETITION).list()
          .forEach(decision -> ((TaskEntity) decision).setDueDate(due));
      return null;
    });
  }

  /** A step of the examination: within the step period, but never after the decision deadline. */
  public Date examinationStep(DelegateExecution execution) {
    Date step = tasks.step();
    Date decision = decision(execution);
    return step.before(decision) ? step : decision;
  }
}
