package kz.migration.refugee.schooling;

import java.util.Date;
import kz.migration.refugee.shared.TaskDeadlines;
import org.springframework.stereotype.Component;

/**
 * The school referral's periods for its model ({@code ${schoolDeadlines...}}): the referral's due date, and the
 * outcome's, which is also when the caseworkers are reminded ({@code refugee.schools.*}).
 */
@Component
public class SchoolDeadlines {

  private final SchoolingProperties schools;
  private final TaskDeadlines tasks;

  SchoolDeadlines(SchoolingProperties schools, TaskDeadlines tasks) {
    this.schools = schools;
    this.tasks = tasks;
  }

  /** «Направить ребёнка в школу»: due this long after it reaches the task list. */
  public Date referral() {
    return kz.migration.refugee.shared.Deadlines.dueBy(tasks.dueOn(schools.referralDue()));
  }

  /** «Записать результат зачисления»: due when the reminder comes. */
  public Date enrolment() {
    return kz.migration.refugee.shared.Deadlines.dueBy(tasks.dueOn(schools.outcomeReminder()));
  }

  /** The reminder's timer: an ISO-8601 period from the referral (the engine's own clock). */
  public String outcomeReminder() {
    return schools.outcomeReminder().toString();
  }
}
