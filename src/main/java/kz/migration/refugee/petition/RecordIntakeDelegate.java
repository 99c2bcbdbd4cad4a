package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.CASE_ID;
import static kz.migration.refugee.petition.PetitionProcess.DUPLICATE_FOUND;
import static kz.migration.refugee.petition.PetitionProcess.FAMILY_NAME;
import static kz.migration.refugee.petition.PetitionProcess.NEEDS_HOUSING;

import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.Actor;
import kz.migration.refugee.shared.FieldErrors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import kz.migration.refugee.shared.FormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the filed petition into the data bank and looks for persons already known there. */
@Component
class RecordIntakeDelegate implements JavaDelegate {

  private final PetitionService petitions;
  private final FormInput form;
  private final CaseSearch caseSearch;

  RecordIntakeDelegate(PetitionService petitions, FormInput form, CaseSearch caseSearch) {
    this.petitions = petitions;
    this.form = form;
    this.caseSearch = caseSearch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PetitionIntake intake = form.convert(execution.getVariables(), PetitionIntake.class);
    PetitionService.TakenIn takenIn;
    try {
      takenIn = petitions.takeIn(intake, filedBy(execution));
    } catch (FieldErrors e) {
      throw form.reject(e);
    }
    // The data bank holds the intake from here on; the process keeps only ids.
    execution.removeVariables(PetitionProcess.INTAKE_FIELDS);
    // the housing branch after registration reads it: always a boolean, whoever started the process
    NEEDS_HOUSING.set(execution, Boolean.TRUE.equals(intake.needsHousing()));
    CASE_ID.set(execution, takenIn.caseId());
    // what Tasklist shows beside the tasks; the case number follows at registration
    FAMILY_NAME.set(execution, caseSearch.familyName(takenIn.caseId()));
    // The matches stay in the data bank, however many: the gateway needs only whether there are any.
    DUPLICATE_FOUND.set(execution, takenIn.duplicates() > 0);
  }

  /**
   * Who filed: Tasklist's start form runs as the logged-in user; a filing through the domain API starts the process as
   * the application, the caller being the web request's user.
   */
  private static String filedBy(DelegateExecution execution) {
    String actor = Actor.of(execution);
    if (!Actor.SYSTEM.equals(actor)) {
      return actor;
    }
    Authentication web = SecurityContextHolder.getContext().getAuthentication();
    return web == null || web.getName() == null ? actor : web.getName();
  }
}
