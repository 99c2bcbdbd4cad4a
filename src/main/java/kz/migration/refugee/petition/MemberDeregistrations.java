package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.MESSAGE_NOBODY_REGISTERED;

import java.time.LocalDate;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.Deregistration;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.EngineCalls;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of a family under examination left the country or died: they leave the register at once; the petition
 * goes on for the others, and when nobody remains the petition process closes the case ({@code Task_CloseEmptiedCase})
 * in the same transaction. Refused after the decision and while an appeal is pending.
 */
@Service
@Transactional
class MemberDeregistrations {

  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final RuntimeService runtime;
  private final EngineCalls engine;

  MemberDeregistrations(FamilyCases familyCases, CaseSearch caseSearch, RuntimeService runtime, EngineCalls engine) {
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.runtime = runtime;
    this.engine = engine;
  }

  /** Returns whether the case closed with it. */
  boolean deregister(CaseNumber number, long personId, String reason, LocalDate on, String by) {
    long caseId = caseSearch.caseId(number);
    DeregistrationReason why = MemberDeregistrationRequest.DIED.equals(reason)
        ? DeregistrationReason.DEATH : DeregistrationReason.LEFT_COUNTRY;
    Deregistration done = familyCases.deregisterDuringProcedure(caseId, personId, why, on, by);
    if (done.familyDeregistered()) {
      try {
        engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_NOBODY_REGISTERED)
            .processInstanceBusinessKey(number.value())
            .correlate());
      } catch (MismatchingMessageCorrelationException e) {
        throw new ConflictException("по делу " + number + " нет рассматриваемого ходатайства");
      }
    }
    return done.familyDeregistered();
  }
}
