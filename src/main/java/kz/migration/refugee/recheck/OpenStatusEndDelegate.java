package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.CASE_ID;
import static kz.migration.refugee.recheck.StatusEndProcess.CASE_NUMBER;
import static kz.migration.refugee.recheck.StatusEndProcess.FAMILY_NAME;
import static kz.migration.refugee.recheck.StatusEndProcess.PROPOSAL_MADE;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_ID;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_KIND;
import static kz.migration.refugee.recheck.StatusEndProcess.STATUS_END_REASON;

import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.FormInput;
import kz.migration.refugee.shared.NotFoundException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenStatusEnd}: started with the proposal made (the domain API, the annual recheck — the application's
 * own starts, which alone may carry its id), the proposal is held against the business key's case; started from
 * Tasklist's start form, the case number is checked (a recognised family with someone on the register) and becomes
 * the business key, the proposal is prepared next. A refusal fails the start and is shown on the form.
 */
@Component
class OpenStatusEndDelegate implements JavaDelegate {

  private static final String FORM = "ProposeStatusEnd";

  private final StatusEnds statusEnds;
  private final ProcessCases cases;
  private final CaseSearch caseSearch;
  private final FormInput form;

  OpenStatusEndDelegate(StatusEnds statusEnds, ProcessCases cases, CaseSearch caseSearch, FormInput form) {
    this.statusEnds = statusEnds;
    this.cases = cases;
    this.caseSearch = caseSearch;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long statusEndId = STATUS_END_ID.get(execution);
    long caseId;
    if (statusEndId != null) {
      StatusEnds.Proposed proposed = statusEnds.requireUndecidedOfCase(statusEndId, cases.caseOf(execution));
      caseId = proposed.caseId();
      STATUS_END_KIND.set(execution, proposed.kind().code());
      STATUS_END_REASON.set(execution, proposed.reason());
    } else {
      ProposeStatusEndForm request = form.read(execution.getVariables(), ProposeStatusEndForm.class, FORM);
      CaseNumber number = new CaseNumber(request.caseNumber());
      try {
        caseId = statusEnds.requireRecognised(number);
      } catch (FieldErrors e) {
        throw form.reject(e, FORM);
      } catch (NotFoundException e) {
        throw form.reject(FieldErrors.of("caseNumber", "дело с таким номером не найдено"), FORM);
      }
      execution.setProcessBusinessKey(number.value());
    }
    CASE_ID.set(execution, caseId);
    CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
    FAMILY_NAME.set(execution, caseSearch.familyName(caseId));
    PROPOSAL_MADE.set(execution, statusEndId != null);
  }
}
