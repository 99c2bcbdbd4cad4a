package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.VoluntaryReturnProcess.DEPARTED;

import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.FormStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmDeparture}: the family (or the returning members) left on a date, or the refugee withdrew
 * the request. A departure is refused while the family is not recognised (an appeal pending, status ended).
 */
@Component
class ConfirmDepartureListener extends FormStep<ConfirmDepartureForm> {

  private final VoluntaryReturnService returns;
  private final ReturnOfProcess returnOf;

  ConfirmDepartureListener(VoluntaryReturnService returns, FormInput form, ReturnOfProcess returnOf) {
    super(ConfirmDepartureForm.class, form);
    this.returns = returns;
    this.returnOf = returnOf;
  }

  @Override
  protected void complete(DelegateTask task, ConfirmDepartureForm departure, String actor) {
    DEPARTED.set(task, returns.confirmDeparture(returnOf.of(task), departure, actor));
  }
}
