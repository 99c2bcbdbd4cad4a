package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.REOPENING_FIELDS;

import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.NotFoundException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordReopeningRequest}: the start form «Возобновление дела по заявлению», checked again on the server,
 * goes the way of the domain API ({@link CaseReopenings}); the official who submits it is the one who received the
 * request. A refusal (not closed as abandoned, the reopening period over, unknown case) fails the start and is shown
 * on the form against the case number, since it is the case that may not be reopened; nothing is written.
 */
@Component
class RecordReopeningRequestDelegate implements JavaDelegate {

  private static final String FORM = "ReopenAbandonedCase";

  private final CaseReopenings reopenings;
  private final FormInput form;

  RecordReopeningRequestDelegate(CaseReopenings reopenings, FormInput form) {
    this.reopenings = reopenings;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReopenAbandonedCaseForm request = form.read(execution.getVariables(), ReopenAbandonedCaseForm.class, FORM);
    CaseNumber number = new CaseNumber(request.caseNumber());
    try {
      reopenings.reopen(number, request.requestedOn(), Actor.of(execution));
    } catch (FieldErrors e) {
      throw form.reject(e, FORM);
    } catch (ConflictException e) {
      throw form.reject(FieldErrors.of("caseNumber", e.getMessage()), FORM);
    } catch (NotFoundException e) {
      throw form.reject(FieldErrors.of("caseNumber", "дело с таким номером не найдено"), FORM);
    }
    // the request lives in the data bank; the process keeps only the case number, as its business key
    execution.setProcessBusinessKey(number.value());
    execution.removeVariables(REOPENING_FIELDS);
  }
}
