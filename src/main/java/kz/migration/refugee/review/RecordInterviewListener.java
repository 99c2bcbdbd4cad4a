package kz.migration.refugee.review;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing {@code Task_InterviewApplicant}: validates and records the interview; the case is under review. */
@Component
class RecordInterviewListener implements TaskListener {

  private final ReviewService review;
  private final FormInput form;

  private final ProcessCases cases;

  RecordInterviewListener(ReviewService review, FormInput form, ProcessCases cases) {
    this.cases = cases;
    this.review = review;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    InterviewForm interview = form.read(task.getVariables(), InterviewForm.class);
    try {
      review.recordInterview(cases.caseOf(task), interview, Actor.of(task));
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    // The account lives in the data bank, not in process variables.
    task.getExecution().removeVariable("interviewSummary");
  }
}
