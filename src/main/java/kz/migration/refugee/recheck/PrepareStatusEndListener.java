package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.FAMILY_MEMBERS;
import static kz.migration.refugee.recheck.StatusEndProcess.REASON_OPTIONS;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_ID;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_KIND;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_REASON;

import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormOptions;
import kz.migration.refugee.shared.FormStep;
import kz.migration.refugee.shared.FormView;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PrepareStatusEnd}: offers the family's registered members and the configured reasons; records the
 * proposal, whose author is the one who completes the step (and may then not confirm it).
 */
@Component
class PrepareStatusEndListener extends FormStep<PrepareStatusEndForm> {

  private final StatusEnds statusEnds;
  private final ProcessCases cases;

  PrepareStatusEndListener(StatusEnds statusEnds, FormInput form, ProcessCases cases) {
    super(PrepareStatusEndForm.class, form);
    this.statusEnds = statusEnds;
    this.cases = cases;
  }

  @Override
  protected void show(DelegateTask task, FormView view) {
    StatusEnds.PrepareContext context = statusEnds.prepareContext(cases.caseOf(task));
    view.json(FAMILY_MEMBERS, () -> FormOptions.of(context.members()));
    view.json(REASON_OPTIONS, () -> FormOptions.of(context.reasons()));
  }

  @Override
  protected void complete(DelegateTask task, PrepareStatusEndForm form, String actor) {
    StatusEnds.Proposed proposed = statusEnds.prepare(cases.caseOf(task), form, actor);
    STATUS_END_ID.set(task.getExecution(), proposed.statusEndId());
    STATUS_END_KIND.set(task.getExecution(), proposed.kind().code());
    STATUS_END_REASON.set(task.getExecution(), proposed.reason());
    // the reasons in words live in the data bank, not on the process
    task.getExecution().removeVariable("statusEndReasons");
  }
}
