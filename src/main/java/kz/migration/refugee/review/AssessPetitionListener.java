package kz.migration.refugee.review;

import static kz.migration.refugee.petition.PetitionProcess.AGENCY_REPLIES;
import static kz.migration.refugee.petition.PetitionProcess.ASSESSED_PERSON;
import static kz.migration.refugee.petition.PetitionProcess.EXCLUSION_INDICATORS;
import static kz.migration.refugee.petition.PetitionProcess.INTERVIEW_ACCOUNT;
import static kz.migration.refugee.petition.PetitionProcess.PERSON_ID;
import static kz.migration.refugee.petition.PetitionProcess.WELL_FOUNDED_FEAR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.migration.refugee.registry.Examinee;
import kz.migration.refugee.registry.FamilyRole;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AssessPetition}, one per person assessed ({@code SubProcess_AssessPerson}): shows who is assessed, the
 * interviews and the state bodies' replies on record; records the person's assessment and who made it (in the data
 * bank: four-eyes reads it there), and leaves the three values the recommendation table reads as typed variables of
 * the instance (credibility is the form's own field).
 */
@Component
class AssessPetitionListener extends FormStep<AssessPetitionForm> {

  private final ReviewService review;
  private final ReviewFile file;
  private final ProcessCases cases;
  private final FamilyCases familyCases;
  private final Clock clock;

  AssessPetitionListener(ReviewService review, ReviewFile file, FormInput form, ProcessCases cases,
      FamilyCases familyCases, Clock clock) {
    super(AssessPetitionForm.class, form);
    this.review = review;
    this.file = file;
    this.cases = cases;
    this.familyCases = familyCases;
    this.clock = clock;
  }

  @Override
  protected void created(DelegateTask task) {
    Examinee person = assessed(task, cases.caseOf(task));
    // the list shows the role only: names stay out of the task's history
    task.setName(task.getName() + " — " + (person.role() == FamilyRole.CHILD && person.adult()
        ? "совершеннолетний ребёнок" : person.role().label()));
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    long caseId = cases.caseOf(task);
    view.text(ASSESSED_PERSON, () -> {
      Examinee person = assessed(task, caseId);
      return person.name() + ", род. " + person.bornOn() + " — " + person.role().label();
    });
    view.text(INTERVIEW_ACCOUNT, () -> file.interviews(caseId));
    view.text(AGENCY_REPLIES, () -> file.agencyReplies(caseId));
  }

  private Examinee assessed(DelegateTask task, long caseId) {
    LocalDate today = LocalDate.now(clock);
    return familyCases.undecidedMembers(caseId, today).stream()
        .filter(p -> p.personId() == PERSON_ID.get(task)).findFirst()
        .orElseThrow(() -> new IllegalStateException("person assessed is not to be decided in case " + caseId));
  }

  @Override
  protected void complete(DelegateTask task, AssessPetitionForm assessment, String actor) {
    review.recordAssessment(cases.caseOf(task), PERSON_ID.get(task), assessment, actor);
    WELL_FOUNDED_FEAR.set(task, assessment.wellFoundedFear());
    EXCLUSION_INDICATORS.set(task, assessment.exclusionIndicators());
    task.getExecution().removeVariables(List.of("assessmentFacts", "exclusionDetails"));
  }
}
