package kz.migration.refugee.petition;

import static kz.migration.refugee.petition.PetitionProcess.MESSAGE_PETITION_REOPENED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.EngineCalls;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.ProcedureProperties;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's request to reopen a case closed as abandoned: accepted within the reopening period from the
 * closure, recorded here, then a new petition process for the same case number starts at its message start event and
 * resumes the examination at the interview appointment ({@code Task_ReopenAbandonedCase} re-registers the family),
 * all in one transaction.
 */
@Service
@Transactional
public class CaseReopenings {

  private final CaseReopeningRepository reopenings;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final RuntimeService runtime;
  private final EngineCalls engine;
  private final ProcedureProperties procedure;
  private final Clock clock;

  CaseReopenings(CaseReopeningRepository reopenings, FamilyCases familyCases, CaseSearch caseSearch,
      RuntimeService runtime, EngineCalls engine, ProcedureProperties procedure, Clock clock) {
    this.reopenings = reopenings;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.runtime = runtime;
    this.engine = engine;
    this.procedure = procedure;
    this.clock = clock;
  }

  /** {@code receivedBy}: the logged-in official, from the authentication. */
  public void reopen(CaseNumber number, LocalDate requestedOn, String receivedBy) {
    long caseId = caseSearch.caseId(number);
    LocalDate closedOn = familyCases.abandonedOn(number).orElseThrow(() -> new ConflictException(
        "дело " + number + " не закрыто как оставленное заявителем: возобновить его по заявлению нельзя"));
    if (requestedOn.isBefore(closedOn)) {
      throw FieldErrors.of("requestedOn", "дата раньше закрытия дела");
    }
    LocalDate lastDay = closedOn.plus(procedure.reopeningPeriod());
    if (requestedOn.isAfter(lastDay) || LocalDate.now(clock).isAfter(lastDay)) {
      throw new ConflictException("срок возобновления дела " + number + " истёк " + FORMAT.format(lastDay)
          + ": дело, закрытое как оставленное, возобновляется по заявлению только в течение срока возобновления");
    }
    reopenings.save(CaseReopening.received(caseId, requestedOn, receivedBy,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    engine.asApplication(() -> runtime.createMessageCorrelation(MESSAGE_PETITION_REOPENED)
        .processInstanceBusinessKey(number.value())
        .correlateStartMessage());
  }

  /** The requests to reopen the case, oldest first. */
  @Transactional(readOnly = true)
  public List<Received> of(long caseId) {
    return reopenings.findByCaseIdOrderById(caseId).stream()
        .map(r -> new Received(r.getRequestedOn(), r.getReceivedBy(), r.getRecordedAt())).toList();
  }

  /** A request to reopen as the case page shows it. */
  public record Received(LocalDate requestedOn, String receivedBy, Instant recordedAt) {}

  private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
}
