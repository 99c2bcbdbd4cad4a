package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.ReturnVariables.CONTACT_BODY;
import static kz.migration.refugee.repatriation.ReturnVariables.PROCEED;

import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_HandleMissingReply}: resend the request, or go on without this body's reply (recorded). */
@Component
class HandleMissingReplyListener implements TaskListener {

  private final VoluntaryReturnService returns;
  private final FormInput form;

  private final ReturnOfProcess returnOf;

  HandleMissingReplyListener(VoluntaryReturnService returns, FormInput form, ReturnOfProcess returnOf) {
    this.returnOf = returnOf;
    this.returns = returns;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    MissingReplyForm decision = form.read(task.getVariables(), MissingReplyForm.class);
    if (PROCEED.equals(decision.missingReplyAction())) {
      returns.goOnWithoutReply(returnOf.of(task), ContactBody.valueOf((String) task.getVariable(CONTACT_BODY)),
          Actor.of(task));
    }
  }
}
