package kz.migration.refugee.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kz.migration.refugee.needs.SpecificNeeds;
import kz.migration.refugee.needs.WorkOrder;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.DuplicateMatch;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.ProcedureProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake and registration of petitions, and the decision deadline they run under. An extension of the
 * deadline is published as {@link DecisionDeadlineExtended} inside the extending transaction; a reopening after an
 * overturned refusal sets the re-examination's deadline ({@link #reopenExamination}).
 */
@Service
@Transactional
public class PetitionService {

  /** The intake's case, and how many possible duplicates it was found to have (kept in the data bank). */
  record TakenIn(long caseId, int duplicates) {}

  record Registration(CaseNumber caseNumber, LocalDate decisionDueOn) {}

  private final PetitionRepository petitions;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final IntakeRules rules;
  private final PetitionMapper mapper;
  private final ProcedureProperties procedure;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final MemberJoinings joinings;
  private final SpecificNeeds needs;
  private final WorkOrder workOrder;

  PetitionService(PetitionRepository petitions, FamilyCases familyCases, CaseSearch caseSearch, IntakeRules rules,
      PetitionMapper mapper, ProcedureProperties procedure, Clock clock, ApplicationEventPublisher events,
      MemberJoinings joinings, SpecificNeeds needs, WorkOrder workOrder) {
    this.needs = needs;
    this.workOrder = workOrder;
    this.joinings = joinings;
    this.petitions = petitions;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.rules = rules;
    this.mapper = mapper;
    this.procedure = procedure;
    this.clock = clock;
    this.events = events;
  }

  void check(PetitionIntake intake) {
    rules.check(intake);
  }

  /** Takes the family in, with its members' specific needs recorded as filed by {@code by}. */
  TakenIn takeIn(PetitionIntake intake, String by) {
    rules.check(intake);
    long caseId = familyCases.takeIn(mapper.toFamily(intake));
    needs.recordAtIntake(caseId, intake.members().stream().map(PetitionIntake.Member::needCodes).toList(), by);
    petitions.save(Petition.filed(caseId, intake, procedure.filedLate(intake.arrivalDate(), intake.filingDate())));
    return new TakenIn(caseId, familyCases.recordDuplicates(caseId));
  }

  /** What the duplicate review shows: the matches recorded at intake. */
  @Transactional(readOnly = true)
  List<DuplicateMatch> duplicates(long caseId) {
    return familyCases.duplicates(caseId);
  }

  void resolveDuplicate(long caseId, String resolution, String mergeCaseNumber, String reason) {
    Petition.DuplicateResolution chosen;
    if ("merge".equals(resolution)) {
      chosen = Petition.DuplicateResolution.MERGE;
      if (!CaseNumber.isValid(mergeCaseNumber)) {
        throw FieldErrors.of("mergeCaseNumber", "укажите номер существующего дела (RS-ГГГГ-NNNNNN)");
      }
      CaseSummary target = caseSearch.summary(new CaseNumber(mergeCaseNumber));
      if (target.caseId() == caseId) {
        throw FieldErrors.of("mergeCaseNumber", "нельзя объединить дело с самим собой");
      }
    } else if ("proceed".equals(resolution)) {
      chosen = Petition.DuplicateResolution.PROCEED;
    } else {
      throw FieldErrors.of("duplicateResolution", "выберите: объединить или зарегистрировать");
    }
    if (reason == null || reason.isBlank()) {
      throw FieldErrors.of("duplicateReason", "обоснование обязательно");
    }
    // An identity document is in one open case at a time: say so on the form, before registration refuses it.
    boolean merge = chosen == Petition.DuplicateResolution.MERGE;
    List<String> holders = familyCases.casesHoldingDocumentsOf(caseId, merge ? new CaseNumber(mergeCaseNumber) : null);
    if (!holders.isEmpty()) {
      throw FieldErrors.of(merge ? "mergeCaseNumber" : "duplicateResolution",
          "документ, удостоверяющий личность, члена семьи уже числится в открытом деле " + String.join(", ", holders)
              + (merge ? ": объедините с этим делом" : ": второе дело по тому же документу не заводится, объедините"));
    }
    if (merge) {
      // a case whose decision is being prepared takes nobody: say so on the form, before the merge refuses it
      try {
        joinings.coveredOnMerge(new CaseNumber(mergeCaseNumber));
      } catch (ConflictException e) {
        throw FieldErrors.of("mergeCaseNumber", e.getMessage());
      }
    }
    load(caseId).resolveDuplicate(chosen, reason.strip());
  }

  /** The newcomers join the case; a recognised family examines them ({@link MemberJoinings#afterMerge}). */
  void merge(long caseId, CaseNumber target) {
    boolean covered = joinings.coveredOnMerge(target);
    joinings.afterMerge(familyCases.mergeInto(caseId, target), covered);
  }

  Registration register(long caseId) {
    LocalDate today = LocalDate.now(clock);
    CaseNumber number = familyCases.register(caseId, today);
    LocalDate due = today.plus(decisionPeriod(caseId));
    load(caseId).registered(due);
    return new Registration(number, due);
  }

  /**
   * A refusal overturned on appeal reopens the examination today, under the re-examination period; returns its
   * decision deadline.
   */
  public LocalDate reopenExamination(long caseId) {
    Petition petition = load(caseId);
    petition.reopenExamination(LocalDate.now(clock), procedure.reexaminationPeriod());
    return petition.getDecisionDueOn();
  }

  /**
   * A case closed as abandoned is reopened today (called by the petition process): its members return to the register
   * with new asylum-seeker certificates, and the examination resumes under a full decision period from today; returns
   * that deadline.
   */
  LocalDate resumeAbandoned(long caseId) {
    LocalDate today = LocalDate.now(clock);
    familyCases.reopenAbandoned(caseId, today);
    LocalDate due = today.plus(decisionPeriod(caseId));
    load(caseId).resumedAfterAbandonment(due);
    return due;
  }

  /**
   * The period an examination starting now runs under: the accelerated one when the family's specific needs call for
   * it ({@link WorkOrder}, the {@code task-priority} table), else the ordinary one. The one place this rule lives.
   */
  Period decisionPeriod(long caseId) {
    return workOrder.of(caseId).accelerated() ? procedure.acceleratedDecisionPeriod() : procedure.decisionPeriod();
  }

  /**
   * The family's needs, changed after registration, call for the accelerated period ({@link #decisionPeriod}): the
   * deadline comes forward to that period from today, if that is sooner. Returns the new deadline, or empty.
   */
  Optional<LocalDate> accelerate(long caseId) {
    if (!workOrder.of(caseId).accelerated()) {
      return Optional.empty();
    }
    LocalDate until = LocalDate.now(clock).plus(procedure.acceleratedDecisionPeriod());
    Petition petition = load(caseId);
    return petition.accelerate(until) ? Optional.of(until) : Optional.empty();
  }

  /** The decision deadline the examination runs under, as the data bank holds it (extended, or reopened). */
  LocalDate decisionDueOn(long caseId) {
    return load(caseId).getDecisionDueOn();
  }

  void recordDeadlineMissed(long caseId) {
    load(caseId).deadlineMissed();
  }

  /** Extends the decision deadline once; returns the new due date. */
  LocalDate extendDeadline(long caseId, LocalDate until, String reason, String by) {
    if (until == null) {
      throw FieldErrors.of("extendedUntil", "укажите новый срок");
    }
    if (reason == null || reason.isBlank()) {
      throw FieldErrors.of("extensionReason", "основание продления обязательно");
    }
    Petition petition = load(caseId);
    CaseSummary c = caseSearch.summary(caseId);
    LocalDate latest = c.registeredOn().plus(procedure.maxDecisionPeriod());
    try {
      petition.extendDeadline(until, reason.strip(), by, latest);
    } catch (IllegalArgumentException | ConflictException e) {
      throw FieldErrors.of("extendedUntil", e.getMessage());
    }
    events.publishEvent(new DecisionDeadlineExtended(caseId, c.caseNumber(), petition.getDecisionDueOn(), by,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    return petition.getDecisionDueOn();
  }

  @Transactional(readOnly = true)
  public PetitionView view(CaseNumber number) {
    CaseSummary c = caseSearch.summary(number);
    return mapper.toView(load(c.caseId()), c.caseNumber());
  }

  private Petition load(long caseId) {
    return petitions.findByCaseId(caseId).orElseThrow(() -> new NotFoundException("petition of case", caseId));
  }
}
