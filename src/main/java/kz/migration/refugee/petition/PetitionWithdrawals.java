package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.MESSAGE_PETITION_WITHDRAWN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.EngineCalls;
import kz.migration.refugee.shared.FieldErrors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's written withdrawal of a petition, from the domain API or the Tasklist start form: recorded here,
 * then told to the running petition process, which closes the case ({@code Task_CloseWithdrawnCase}) and ends, all
 * in one transaction. Refused after the decision and while an appeal is pending.
 */
@Service
@Transactional
public class PetitionWithdrawals {

  private final PetitionWithdrawalRepository withdrawals;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final RuntimeService runtime;
  private final EngineCalls engine;
  private final PetitionMapper mapper;
  private final Clock clock;

  PetitionWithdrawals(PetitionWithdrawalRepository withdrawals, FamilyCases familyCases, CaseSearch caseSearch,
      RuntimeService runtime, EngineCalls engine, PetitionMapper mapper, Clock clock) {
    this.withdrawals = withdrawals;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.runtime = runtime;
    this.engine = engine;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** {@code receivedBy}: the logged-in official, from the authentication. */
  public void withdraw(CaseNumber number, LocalDate requestedOn, String note, String receivedBy) {
    CaseSummary c = caseSearch.summary(number);
    familyCases.requireUndecided(number);
    if (c.registeredOn() != null && requestedOn.isBefore(c.registeredOn())) {
      throw FieldErrors.of("requestedOn", "дата раньше регистрации ходатайства");
    }
    if (withdrawals.findByCaseId(c.caseId()).isPresent()) {
      throw new ConflictException("ходатайство по делу " + number + " уже отозвано");
    }
    withdrawals.save(PetitionWithdrawal.received(c.caseId(), requestedOn, note, receivedBy,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    try {
      engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_PETITION_WITHDRAWN)
          .processInstanceBusinessKey(number.value())
          .correlate());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("по делу " + number + " нет рассматриваемого ходатайства, которое можно отозвать");
    }
  }

  /** The withdrawal the process closes the case for; its absence is a message that did not come from here. */
  @Transactional(readOnly = true)
  PetitionWithdrawal recorded(long caseId) {
    return withdrawals.findByCaseId(caseId)
        .orElseThrow(() -> new IllegalStateException("no withdrawal recorded for case " + caseId));
  }

  @Transactional(readOnly = true)
  public Optional<PetitionWithdrawalView> of(long caseId) {
    return withdrawals.findByCaseId(caseId).map(mapper::toWithdrawalView);
  }
}
