package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.WITHDRAWAL_FIELDS;

import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.NotFoundException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_WithdrawPetition}: the start form «Отзыв ходатайства», checked again on the server, goes the way of the
 * domain API ({@link PetitionWithdrawals}); the official who submits it is the one who received the request. A
 * refusal (decided, appeal pending, unknown case) fails the start and is shown on the form; nothing is written.
 */
@Component
class WithdrawPetitionDelegate implements JavaDelegate {

  private static final String FORM = "WithdrawPetition";

  private final PetitionWithdrawals withdrawals;
  private final FormInput form;

  WithdrawPetitionDelegate(PetitionWithdrawals withdrawals, FormInput form) {
    this.withdrawals = withdrawals;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WithdrawPetitionForm request = form.read(execution.getVariables(), WithdrawPetitionForm.class, FORM);
    CaseNumber number = new CaseNumber(request.caseNumber());
    try {
      withdrawals.withdraw(number, request.requestedOn(), request.withdrawalNote(), Actor.of(execution));
    } catch (FieldErrors e) {
      throw form.reject(e, FORM);
    } catch (ConflictException e) {
      throw new BadUserRequestException(e.getMessage());
    } catch (NotFoundException e) {
      throw form.reject(FieldErrors.of("caseNumber", "дело с таким номером не найдено"), FORM);
    }
    // the note lives in the data bank; the process keeps only the case number, as its business key
    execution.setProcessBusinessKey(number.value());
    execution.removeVariables(WITHDRAWAL_FIELDS);
  }
}
