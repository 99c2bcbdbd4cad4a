package kz.migration.refugee.schooling;

import static kz.migration.refugee.schooling.SchoolReferralProcess.CHILD_REFERRED;
import static kz.migration.refugee.schooling.SchoolReferralProcess.PERSON_ID;
import static kz.migration.refugee.schooling.SchoolReferralProcess.SCHOOL_CHILD;
import static kz.migration.refugee.schooling.SchoolReferralProcess.SCHOOL_OPTIONS;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormOptions;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReferChildToSchool}: on create, names the task by the child's age (never the name, which only the form
 * shows, {@code schoolChild}); the form lists the schools; on complete, records the referral, or that none is
 * needed, and tells the gateway which.
 */
@Component
class ReferChildToSchoolListener extends FormStep<ReferChildToSchoolForm> {

  private final SchoolReferrals referrals;
  private final ProcessCases cases;

  ReferChildToSchoolListener(SchoolReferrals referrals, ProcessCases cases, FormInput form) {
    super(ReferChildToSchoolForm.class, form);
    this.referrals = referrals;
    this.cases = cases;
  }

  @Override
  protected void created(DelegateTask task) {
    SchoolReferrals.Child child = referrals.child(cases.caseOf(task), PERSON_ID.require(task));
    task.setName("Направить ребёнка в школу (" + child.age() + " " + SchoolReferrals.years(child.age()) + ")");
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    view.text(SCHOOL_CHILD, () -> referrals.child(cases.caseOf(task), PERSON_ID.require(task)).summary());
    view.json(SCHOOL_OPTIONS, () -> FormOptions.of(referrals.schoolOptions()));
  }

  @Override
  protected void complete(DelegateTask task, ReferChildToSchoolForm form, String actor) {
    CHILD_REFERRED.set(task.getExecution(), referrals.refer(cases.caseOf(task), PERSON_ID.require(task), form, actor));
  }
}
