package kz.migration.refugee.decision;

import static kz.migration.refugee.petition.PetitionProcess.LATE_APPEAL_FIELDS;

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
 * {@code Task_RecordLateAppeal}: the start form «Поздняя жалоба на отказ», checked again on the server, goes the way of
 * the domain API ({@link LateAppeals}); the official who submits it is the one who recorded it. A refusal (the refusal
 * not final yet, already appealed, unknown case) fails the start and is shown on the form against the case number;
 * nothing is written.
 */
@Component
class RecordLateAppealDelegate implements JavaDelegate {

  private static final String FORM = "LodgeLateAppeal";

  private final LateAppeals lateAppeals;
  private final FormInput form;

  RecordLateAppealDelegate(LateAppeals lateAppeals, FormInput form) {
    this.lateAppeals = lateAppeals;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LodgeLateAppealForm request = form.read(execution.getVariables(), LodgeLateAppealForm.class, FORM);
    CaseNumber number = new CaseNumber(request.caseNumber());
    try {
      lateAppeals.lodge(number, request.lateAppealLodgedOn(), request.lateAppealGrounds(), Actor.of(execution),
          "lateAppealLodgedOn");
    } catch (FieldErrors e) {
      throw form.reject(e, FORM);
    } catch (ConflictException e) {
      throw form.reject(FieldErrors.of("caseNumber", e.getMessage()), FORM);
    } catch (NotFoundException e) {
      throw form.reject(FieldErrors.of("caseNumber", "дело с таким номером не найдено"), FORM);
    }
    // the appeal lives in the data bank; the action keeps only the case number, as its business key
    execution.setProcessBusinessKey(number.value());
    execution.removeVariables(LATE_APPEAL_FIELDS);
  }
}
