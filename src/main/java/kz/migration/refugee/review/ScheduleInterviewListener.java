package kz.migration.refugee.review;

import static kz.migration.refugee.petition.PetitionProcess.APPOINTMENTS;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import kz.migration.refugee.shared.StaffNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_ScheduleInterview}: shows the appointments so far; records the new appointment. */
@Component
class ScheduleInterviewListener extends FormStep<ScheduleInterviewForm> {

  private final ReviewService review;
  private final ReviewFile file;
  private final ProcessCases cases;
  private final StaffNames staff;

  ScheduleInterviewListener(ReviewService review, ReviewFile file, FormInput form, ProcessCases cases,
      StaffNames staff) {
    super(ScheduleInterviewForm.class, form);
    this.review = review;
    this.file = file;
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    long caseId = cases.caseOf(task);
    view.text(APPOINTMENTS, () -> file.appointments(caseId, staff.of(file.staff(caseId))));
  }

  @Override
  protected void complete(DelegateTask task, ScheduleInterviewForm appointment, String actor) {
    review.scheduleInterview(cases.caseOf(task), appointment, actor);
    // The appointment lives in the data bank, not in process variables.
    task.getExecution().removeVariables(java.util.List.of("appointmentDate", "appointmentTime", "appointmentPlace",
        "interpreterNeeded", "interpreterLanguage"));
  }
}
