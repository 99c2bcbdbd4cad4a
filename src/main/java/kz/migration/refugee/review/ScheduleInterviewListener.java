package kz.migration.refugee.review;

import static kz.migration.refugee.petition.PetitionProcess.APPOINTMENTS;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_ScheduleInterview}: shows the appointments so far; records the new appointment. */
@Component
class ScheduleInterviewListener extends FormStep<ScheduleInterviewForm> {

  private final ReviewService review;
  private final ReviewFile file;
  private final ProcessCases cases;

  ScheduleInterviewListener(ReviewService review, ReviewFile file, FormInput form, ProcessCases cases) {
    super(ScheduleInterviewForm.class, form);
    this.review = review;
    this.file = file;
    this.cases = cases;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    long caseId = cases.caseOf(task);
    view.text(APPOINTMENTS, () -> file.appointments(caseId));
  }

  @Override
  protected void complete(DelegateTask task, ScheduleInterviewForm appointment, String actor) {
    review.scheduleInterview(cases.caseOf(task), appointment, actor);
    // The appointment lives in the data bank, not in process variables.
    task.getExecution().removeVariables(java.util.List.of("appointmentDate", "appointmentTime", "appointmentPlace",
        "interpreterNeeded", "interpreterLanguage"));
  }
}
