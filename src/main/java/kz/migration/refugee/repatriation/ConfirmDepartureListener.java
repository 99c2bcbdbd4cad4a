package kz.migration.refugee.repatriation;

import static kz.migration.refugee.repatriation.ReturnVariables.DEPARTED;

import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ConfirmDeparture}: the family (or the returning members) left on a date, or the refugee withdrew
 * the request. A departure is refused while the family is not recognised (an appeal pending, status ended).
 */
@Component
class ConfirmDepartureListener implements TaskListener {

  private final VoluntaryReturnService returns;
  private final FormInput form;

  private final ReturnOfProcess returnOf;

  ConfirmDepartureListener(VoluntaryReturnService returns, FormInput form, ReturnOfProcess returnOf) {
    this.returnOf = returnOf;
    this.returns = returns;
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    DepartureForm departure = form.read(task.getVariables(), DepartureForm.class);
    boolean departed;
    try {
      departed = returns.confirmDeparture(returnOf.of(task), departure, Actor.of(task));
    } catch (FieldErrors e) {
      throw FormInput.reject(e);
    }
    task.setVariable(DEPARTED, departed);
  }
}
