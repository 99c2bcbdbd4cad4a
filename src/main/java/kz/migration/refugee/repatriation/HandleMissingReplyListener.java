package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.CONTACT_BODY;
import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.PROCEED;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code Task_HandleMissingReply}: resend the request, or go on without this body's reply (recorded). */
@Component
class HandleMissingReplyListener extends FormStep<HandleMissingReplyForm> {

  private final VoluntaryReturnService returns;
  private final ReturnOfProcess returnOf;

  HandleMissingReplyListener(VoluntaryReturnService returns, FormInput form, ReturnOfProcess returnOf) {
    super(HandleMissingReplyForm.class, form);
    this.returns = returns;
    this.returnOf = returnOf;
  }

  @Override
  protected void complete(DelegateTask task, HandleMissingReplyForm decision, String actor) {
    if (PROCEED.equals(decision.missingReplyAction())) {
      returns.goOnWithoutReply(returnOf.of(task), ContactBody.valueOf(CONTACT_BODY.require(task)), actor);
    }
  }
}
