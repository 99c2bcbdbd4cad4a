package kz.migration.refugee.review;

import static kz.migration.refugee.petition.PetitionProcess.APPLICANT_MISSED;
import static kz.migration.refugee.petition.PetitionProcess.APPOINTMENTS;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_InterviewApplicant}: shows the appointment; records the interview (the case is under review) or, with
 * «Заявитель не явился», the missed appointment, and leaves which of the two for the gateway.
 */
@Component
class InterviewApplicantListener extends FormStep<InterviewApplicantForm> {

  private final ReviewService review;
  private final ReviewFile file;
  private final ProcessCases cases;

  InterviewApplicantListener(ReviewService review, ReviewFile file, FormInput form, ProcessCases cases) {
    super(InterviewApplicantForm.class, form);
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
  protected void complete(DelegateTask task, InterviewApplicantForm interview, String actor) {
    if (interview.missed()) {
      review.recordMissedAppointment(cases.caseOf(task), actor);
    } else {
      review.recordInterview(cases.caseOf(task), interview, actor);
    }
    APPLICANT_MISSED.set(task, interview.missed());
    // The account lives in the data bank, not in process variables.
    task.getExecution().removeVariable("interviewSummary");
  }
}
