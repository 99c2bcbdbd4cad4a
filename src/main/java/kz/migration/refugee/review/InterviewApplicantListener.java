package kz.migration.refugee.review;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_InterviewApplicant}: records the interview; the case is under review. */
@Component
class InterviewApplicantListener extends FormStep<InterviewApplicantForm> {

  private final ReviewService review;
  private final ProcessCases cases;

  InterviewApplicantListener(ReviewService review, FormInput form, ProcessCases cases) {
    super(InterviewApplicantForm.class, form);
    this.review = review;
    this.cases = cases;
  }

  @Override
  protected void complete(DelegateTask task, InterviewApplicantForm interview, String actor) {
    review.recordInterview(cases.caseOf(task), interview, actor);
    // The account lives in the data bank, not in process variables.
    task.getExecution().removeVariable("interviewSummary");
  }
}
