package kz.migration.refugee.review;

import static kz.migration.refugee.petition.PetitionProcess.ABANDONMENT_DECISION;
import static kz.migration.refugee.petition.PetitionProcess.APPOINTMENTS;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandleAbandonment}: shows the appointments and missed ones; records the manager's decision — close the
 * case as abandoned or appoint the interview again — and leaves it for the gateway.
 */
@Component
class HandleAbandonmentListener extends FormStep<HandleAbandonmentForm> {

  private final ReviewService review;
  private final ReviewFile file;
  private final ProcessCases cases;

  HandleAbandonmentListener(ReviewService review, ReviewFile file, FormInput form, ProcessCases cases) {
    super(HandleAbandonmentForm.class, form);
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
  protected void complete(DelegateTask task, HandleAbandonmentForm decision, String actor) {
    review.decideAbandonment(cases.caseOf(task), decision, actor);
    ABANDONMENT_DECISION.set(task, decision.abandonmentDecision());
    task.getExecution().removeVariable("abandonmentNote");
  }
}
