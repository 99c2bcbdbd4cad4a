package kz.migration.refugee.review;

import static kz.migration.refugee.petition.PetitionProcess.ASSESSED_BY;
import static kz.migration.refugee.petition.PetitionProcess.EXCLUSION_INDICATORS;
import static kz.migration.refugee.petition.PetitionProcess.INTERVIEW_ACCOUNT;
import static kz.migration.refugee.petition.PetitionProcess.WELL_FOUNDED_FEAR;

import java.util.List;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormText;
import kz.migration.refugee.shared.StaffNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AssessPetition}: shows the interviews on record; records the assessment and who made it, and leaves
 * the three values the recommendation table reads as typed variables (credibility is the form's own field).
 */
@Component
class AssessPetitionListener extends FormStep<AssessPetitionForm> {

  private final ReviewService review;
  private final ReviewFile file;
  private final ProcessCases cases;
  private final StaffNames staff;

  AssessPetitionListener(ReviewService review, ReviewFile file, FormInput form, ProcessCases cases,
      StaffNames staff) {
    super(AssessPetitionForm.class, form);
    this.review = review;
    this.file = file;
    this.cases = cases;
    this.staff = staff;
  }

  @Override
  protected void show(DelegateTask task) {
    long caseId = cases.caseOf(task);
    FormText.show(task, INTERVIEW_ACCOUNT, file.interviews(caseId, staff.of(file.staff(caseId))));
  }

  @Override
  protected void complete(DelegateTask task, AssessPetitionForm assessment, String actor) {
    review.recordAssessment(cases.caseOf(task), assessment, actor);
    ASSESSED_BY.set(task, actor);
    WELL_FOUNDED_FEAR.set(task, assessment.wellFoundedFear());
    EXCLUSION_INDICATORS.set(task, assessment.exclusionIndicators());
    task.getExecution().removeVariables(List.of("assessmentFacts", "exclusionDetails"));
  }
}
