package kz.migration.refugee.schooling;

import static kz.migration.refugee.schooling.SchoolReferralProcess.PERSON_ID;
import static kz.migration.refugee.schooling.SchoolReferralProcess.SCHOOL_CHILD;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordSchoolEnrolment}: on create, names the task by the child's age; the form shows the child and the
 * referral; on complete, records the school's answer (enrolled, or refused with the reason).
 */
@Component
class RecordSchoolEnrolmentListener extends FormStep<RecordSchoolEnrolmentForm> {

  private final SchoolReferrals referrals;
  private final ProcessCases cases;

  RecordSchoolEnrolmentListener(SchoolReferrals referrals, ProcessCases cases, FormInput form) {
    super(RecordSchoolEnrolmentForm.class, form);
    this.referrals = referrals;
    this.cases = cases;
  }

  @Override
  protected void created(DelegateTask task) {
    SchoolReferrals.Child child = referrals.child(cases.caseOf(task), PERSON_ID.require(task));
    task.setName("Записать результат зачисления (" + child.age() + " " + SchoolReferrals.years(child.age()) + ")");
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.text(SCHOOL_CHILD, () -> referrals.child(cases.caseOf(task), PERSON_ID.require(task)).summary());
  }

  @Override
  protected void complete(DelegateTask task, RecordSchoolEnrolmentForm form, String actor) {
    referrals.recordEnrolment(cases.caseOf(task), PERSON_ID.require(task), form, actor);
  }
}
