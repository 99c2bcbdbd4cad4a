package kz.migration.refugee.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks whose step has no deadline in the data bank, for the models' {@code camunda:dueDate}
 * ({@code ${taskDeadlines.step()}}): counted from the day the task is created, due by the end of the last day.
 * Deadlines the data bank holds (a petition's decision, a recheck) come from the features' own beans.
 */
@Component
public class TaskDeadlines {

  private final TaskListProperties taskList;
  private final ProcedureProperties procedure;
  private final Clock clock;

  TaskDeadlines(TaskListProperties taskList, ProcedureProperties procedure, Clock clock) {
    this.taskList = taskList;
    this.procedure = procedure;
    this.clock = clock;
  }

  /** A step without a deadline of its own. */
  public Date step() {
    return in(taskList.stepPeriod());
  }

  /** A missed deadline handed to a manager. */
  public Date escalation() {
    return in(taskList.escalationPeriod());
  }

  /** An appeal, from the day it reaches the deciding manager. */
  public Date appealDecision() {
    return in(procedure.appealDecisionPeriod());
  }

  /** A voluntary return's departure, once the contacts are done. */
  public Date departure() {
    return in(taskList.departurePeriod());
  }

  /** The last day of a step started today that takes the given period. */
  public LocalDate dueOn(Period period) {
    return LocalDate.now(clock).plus(period);
  }

  private Date in(Period period) {
    return Deadlines.dueBy(dueOn(period));
  }
}
