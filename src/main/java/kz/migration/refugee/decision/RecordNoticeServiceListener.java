package kz.migration.refugee.decision;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordNoticeService}: the refusal was served on the applicant (in person, or by post on the delivery
 * date); recorded with the logged-in official, and the appeal window runs from that day.
 */
@Component
class RecordNoticeServiceListener extends FormStep<RecordNoticeServiceForm> {

  private final PetitionDecisionService decisions;
  private final ProcessCases cases;

  RecordNoticeServiceListener(PetitionDecisionService decisions, FormInput form, ProcessCases cases) {
    super(RecordNoticeServiceForm.class, form);
    this.decisions = decisions;
    this.cases = cases;
  }

  @Override
  protected void complete(DelegateTask task, RecordNoticeServiceForm form, String actor) {
    decisions.recordNoticeService(cases.caseOf(task), form, actor);
  }
}
