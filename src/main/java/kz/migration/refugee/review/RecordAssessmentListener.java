package kz.migration.refugee.review;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_AssessPetition}: records the assessment and who made it, and leaves the
 * three values the recommendation table reads as typed variables.
 */
@Component
class RecordAssessmentListener implements TaskListener {

  private final ReviewService review;
  private final FormInput form;

  private final ProcessCases cases;

  RecordAssessmentListener(ReviewService review, FormInput form, ProcessCases cases) {
    this.cases = cases;
    this.review = review;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    AssessmentForm assessment = form.read(task.getVariables(), AssessmentForm.class);
    String by = Actor.of(task);
    try {
      review.recordAssessment(cases.caseOf(task), assessment, by);
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    task.setVariable(ReviewVariables.ASSESSED_BY, by);
    task.setVariable(ReviewVariables.WELL_FOUNDED_FEAR, assessment.wellFoundedFear());
    task.setVariable(ReviewVariables.EXCLUSION_INDICATORS, assessment.exclusionIndicators());
    task.getExecution().removeVariables(java.util.List.of("assessmentFacts", "exclusionDetails"));
  }
}
