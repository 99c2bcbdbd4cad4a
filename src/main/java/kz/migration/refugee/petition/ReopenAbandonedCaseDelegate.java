package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.CASE_ID;
import static kz.migration.refugee.petition.PetitionProcess.CASE_NUMBER;
import static kz.migration.refugee.petition.PetitionProcess.DECISION_DUE_AT;
import static kz.migration.refugee.petition.PetitionProcess.FAMILY_NAME;

import java.time.LocalDate;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.ProcessCases;
import kz.migration.refugee.shared.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReopenAbandonedCase}: the applicant asked to reopen the case closed as abandoned (recorded by
 * {@link CaseReopenings}); the family returns to the register with new asylum-seeker certificates, and the new process
 * instance carries the case's ids and its new decision deadline into the examination.
 */
@Component
class ReopenAbandonedCaseDelegate implements JavaDelegate {

  private final PetitionService petitions;
  private final ProcessCases cases;
  private final CaseSearch caseSearch;

  ReopenAbandonedCaseDelegate(PetitionService petitions, ProcessCases cases, CaseSearch caseSearch) {
    this.petitions = petitions;
    this.cases = cases;
    this.caseSearch = caseSearch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseOf(execution);
    LocalDate due = petitions.resumeAbandoned(caseId);
    CASE_ID.set(execution, caseId);
    CASE_NUMBER.set(execution, execution.getProcessBusinessKey());
    FAMILY_NAME.set(execution, caseSearch.familyName(caseId));
    DECISION_DUE_AT.set(execution, Deadlines.overdueAt(due));
  }
}
