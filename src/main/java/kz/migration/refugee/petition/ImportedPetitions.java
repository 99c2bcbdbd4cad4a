package kz.migration.refugee.petition;

import kz.migration.refugee.shared.EngineCalls;
import static kz.migration.refugee.petition.PetitionProcess.CASE_ID;
import static kz.migration.refugee.petition.PetitionProcess.CASE_NUMBER;
import static kz.migration.refugee.petition.PetitionProcess.FAMILY_NAME;
import static kz.migration.refugee.petition.PetitionProcess.DECISION_DUE_AT;
import static kz.migration.refugee.petition.PetitionProcess.KEY;

import java.time.LocalDate;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.shared.Deadlines;
import kz.migration.refugee.shared.ProcedureProperties;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Petitions of a historic caseload: recorded as filed then; one still undecided resumes its examination. */
@Service
@Transactional
public class ImportedPetitions {

  /**
   * An imported, undecided petition picks up after registration (which happened before the system): its
   * examination starts as for any registered petition. Not "before the interview": the deadline watch of the
   * examination would be set up before the instance has its variables.
   */
  static final String RESUME_AFTER = PetitionProcess.TASK_REGISTER_PETITION;

  private final PetitionRepository petitions;
  private final ProcedureProperties procedure;
  private final RuntimeService runtime;

  private final EngineCalls engine;

  private final CaseSearch caseSearch;

  ImportedPetitions(PetitionRepository petitions, ProcedureProperties procedure, RuntimeService runtime,
      EngineCalls engine, CaseSearch caseSearch) {
    this.engine = engine;
    this.caseSearch = caseSearch;
    this.petitions = petitions;
    this.procedure = procedure;
    this.runtime = runtime;
  }

  /** Records the petition with the decision deadline it ran under; returns that deadline. */
  public LocalDate record(long caseId, LocalDate arrivalDate, LocalDate filedOn) {
    LocalDate due = filedOn.plus(procedure.decisionPeriod());
    petitions.save(Petition.imported(caseId, filedOn, procedure.filedLate(arrivalDate, filedOn), due));
    return due;
  }

  /** Starts the petition process of an undecided imported case at its examination, with its deadline watch. */
  public void resumeExamination(long caseId, String caseNumber, LocalDate decisionDueOn) {
    String familyName = caseSearch.familyName(caseId);
    engine.asApplication(() -> runtime.createProcessInstanceByKey(KEY)
        .businessKey(caseNumber)
        .startAfterActivity(RESUME_AFTER)
        .setVariable(CASE_ID.name(), caseId)
        .setVariable(CASE_NUMBER.name(), caseNumber)
        .setVariable(FAMILY_NAME.name(), familyName)
        .setVariable(DECISION_DUE_AT.name(), Deadlines.overdueAt(decisionDueOn))
        .execute());
  }
}
