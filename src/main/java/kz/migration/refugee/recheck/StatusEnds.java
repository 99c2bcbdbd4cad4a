package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.StatusEndProcess.UPHELD;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.StaffNames;
import kz.migration.refugee.shared.TextDigest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends of refugee status of chosen persons of a recognised family: the proposal (its kind and configured reason),
 * the confirmation by someone other than the proposer, the notification and appeal window, an appeal decided by
 * someone other than the confirmer, the deregistration of exactly those persons, and the review of the family
 * members who remain. The rules live here; the {@code status-end} process only routes. Decisions are published as
 * {@link StatusEndDecided} / {@link StatusEndAppealDecided}, deregistrations by the register.
 */
@Service
@Transactional
public class StatusEnds {

  private final StatusEndRepository statusEnds;
  private final RecheckRepository rechecks;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final StatusEndProperties reasons;
  private final ProcedureProperties procedure;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final StaffNames staff;

  StatusEnds(StatusEndRepository statusEnds, RecheckRepository rechecks, FamilyCases familyCases, CaseSearch caseSearch,
      StatusEndProperties reasons, ProcedureProperties procedure, Clock clock, ApplicationEventPublisher events,
      StaffNames staff) {
    this.statusEnds = statusEnds;
    this.rechecks = rechecks;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.reasons = reasons;
    this.procedure = procedure;
    this.clock = clock;
    this.events = events;
    this.staff = staff;
  }

  /** An end of status the process works on: its case, kind and reason code. */
  record Proposed(long statusEndId, long caseId, String caseNumber, StatusEndKind kind, String reason) {}

  /** The case a status end may be started on: recognised, someone still on the register. Returns its id. */
  @Transactional(readOnly = true)
  long requireRecognised(CaseNumber number) {
    CaseSummary c = caseSearch.summary(number);
    if (c.status() != CaseStatus.GRANTED || familyCases.registeredMembers(c.caseId()).isEmpty()) {
      throw FieldErrors.of("caseNumber", "статус беженца по этому делу не присвоен или никто не состоит на учёте");
    }
    return c.caseId();
  }

  /** The preparing form's view: the family's registered members and every configured reason, labelled by kind. */
  @Transactional(readOnly = true)
  PrepareContext prepareContext(long caseId) {
    Map<String, String> members = new LinkedHashMap<>();
    familyCases.registeredMembers(caseId).forEach(m -> members.put(String.valueOf(m.personId()), m.label()));
    Map<String, String> all = new LinkedHashMap<>();
    for (StatusEndKind kind : StatusEndKind.values()) {
      reasons.of(kind).forEach(r -> all.put(r.code(), capitalized(kind.label()) + ": " + r.label()));
    }
    return new PrepareContext(members, all);
  }

  record PrepareContext(Map<String, String> members, Map<String, String> reasons) {}

  /** The preparing task's form: persons chosen from the family's registered members. */
  Proposed prepare(long caseId, PrepareStatusEndForm form, String by) {
    List<Long> persons = new ArrayList<>();
    for (String id : form.members()) {
      try {
        persons.add(Long.valueOf(id));
      } catch (NumberFormatException e) {
        throw FieldErrors.of("statusEndMembers", "неверный идентификатор лица");
      }
    }
    return propose(caseId, form.statusEndKind(), form.statusEndReason(), persons, form.statusEndReasons(), by,
        "statusEndMembers");
  }

  /** The domain API's proposal: the persons by their ids in the register. */
  Proposed propose(CaseNumber number, StatusEndRequest request, String by) {
    long caseId = requireRecognised(number);
    return propose(caseId, request.kind(), request.reason(), request.personIds(), request.reasons(), by, "personIds");
  }

  private Proposed propose(long caseId, String kindCode, String reason, Collection<Long> personIds, String why,
      String by, String personsField) {
    Map<String, String> errors = new LinkedHashMap<>();
    StatusEndKind kind = StatusEndKind.ofCode(kindCode).orElse(null);
    if (kind == null) {
      errors.put("statusEndKind", "недопустимое значение");
    } else if (reasons.reason(kind, reason).isEmpty()) {
      errors.put("statusEndReason", "основание не из утверждённого перечня для: " + kind.label());
    }
    Set<Long> registered = familyCases.registeredMembers(caseId).stream().map(FamilyMember::personId)
        .collect(Collectors.toSet());
    Set<Long> persons = new LinkedHashSet<>(personIds);
    if (persons.isEmpty()) {
      errors.put(personsField, "укажите хотя бы одного члена семьи");
    } else if (!registered.containsAll(persons)) {
      errors.put(personsField, "лицо не состоит на учёте в этой семье");
    } else if (statusEnds.countOpenFor(persons) > 0) {
      errors.put(personsField, "в отношении лица уже ведётся прекращение статуса");
    }
    if (why == null || why.strip().length() < 20) {
      errors.put("statusEndReasons", "обязательное поле, от 20 символов");
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors(errors);
    }
    StatusEnd s = statusEnds.save(StatusEnd.proposed(caseId, null, kind, reason, why.strip(), persons, by, now()));
    return proposed(s);
  }

  /** A proposal the annual recheck made, for the family members still registered. */
  StatusEnd proposeAtRecheck(long caseId, long recheckId, StatusEndKind kind, String reason, String why, String by) {
    List<Long> persons = familyCases.registeredMembers(caseId).stream().map(FamilyMember::personId).toList();
    if (statusEnds.countOpenFor(persons) > 0) {
      throw FieldErrors.of("recheckOutcome", "в отношении члена семьи уже ведётся прекращение статуса: дождитесь его итога");
    }
    return statusEnds.save(StatusEnd.proposed(caseId, recheckId, kind, reason, why.strip(), persons, by, now()));
  }

  /** A process started with the proposal made may work only on an undecided one of its own case. */
  @Transactional(readOnly = true)
  Proposed requireUndecidedOfCase(long statusEndId, long caseId) {
    StatusEnd s = load(statusEndId);
    requireOfCase(s, caseId);
    if (s.getConfirmed() != null) {
      throw new IllegalStateException("end of status " + statusEndId + " already decided");
    }
    return proposed(s);
  }

  /** The proposal awaiting confirmation, for the confirming manager's form. */
  @Transactional(readOnly = true)
  String describeProposal(long statusEndId) {
    StatusEnd s = load(statusEndId);
    Map<Long, String> names = names(s.getCaseId());
    String persons = s.proposedPersonIds().stream().map(id -> names.getOrDefault(id, ""))
        .collect(Collectors.joining("; "));
    return capitalized(s.getKind().label()) + ". " + reasonLabel(s.getKind(), s.getGround()) + ".\nЛица: " + persons
        + ".\nПредложил: " + staff.of(s.getProposedBy()) + ".\n\n" + s.getReasons();
  }

  /** Someone other than the proposer confirms or rejects the proposal. */
  boolean confirm(long statusEndId, ConfirmStatusEndForm form, String by) {
    StatusEnd s = load(statusEndId);
    Instant at = now();
    String why = form.confirmationReasons().strip();
    s.decide(form.confirmed(), why, by, at);
    events.publishEvent(new StatusEndDecided(s.getCaseId(), caseNumber(s.getCaseId()), s.getKind().name(),
        s.getGround(), s.proposedPersonIds(), form.confirmed(), s.getProposedBy(), by, at, TextDigest.sha256(why)));
    return form.confirmed();
  }

  /** The persons are notified of the confirmed end of status today; returns the last day to appeal. */
  LocalDate notifyStatusEnd(long statusEndId) {
    StatusEnd s = load(statusEndId);
    LocalDate today = LocalDate.now(clock);
    LocalDate due = today.plus(procedure.appealPeriod());
    s.notified(today, due);
    return due;
  }

  /**
   * Records an appeal lodged in time against a confirmed end of status of the case (the one named, or the only one
   * open to appeal); returns its id.
   */
  long lodgeAppeal(CaseNumber caseNumber, StatusEndAppealRequest request) {
    CaseSummary c = caseSearch.summary(caseNumber);
    List<StatusEnd> open = statusEnds.findByCaseIdOrderById(c.caseId()).stream().filter(StatusEnd::isOpenToAppeal)
        .filter(s -> request.statusEndId() == null || request.statusEndId().equals(s.getId())).toList();
    if (open.isEmpty()) {
      throw new ConflictException("case " + caseNumber + " has no notified end of status open to appeal");
    }
    if (open.size() > 1) {
      throw FieldErrors.of("statusEndId", "по делу несколько решений о прекращении статуса: укажите обжалуемое");
    }
    StatusEnd s = open.get(0);
    if (request.lodgedOn().isBefore(s.getNotifiedOn())) {
      throw FieldErrors.of("lodgedOn", "жалоба подана до уведомления");
    }
    if (request.lodgedOn().isAfter(s.getAppealDueOn())) {
      throw FieldErrors.of("lodgedOn", "срок обжалования истёк " + s.getAppealDueOn());
    }
    s.appealLodged(request.lodgedOn(), request.grounds().strip());
    // while it is pending nothing closes the case or removes anyone from the register
    familyCases.appealLodgedWhileRecognised(c.caseId());
    return s.getId();
  }

  void decideAppeal(long statusEndId, DecideStatusEndAppealForm form, String by) {
    StatusEnd s = load(statusEndId);
    Instant at = now();
    String why = form.statusEndAppealReasons().strip();
    s.appealDecided(form.statusEndAppealOutcome(), why, by, at);
    familyCases.appealDecided(s.getCaseId());
    events.publishEvent(new StatusEndAppealDecided(s.getCaseId(), caseNumber(s.getCaseId()), s.getKind().name(),
        form.statusEndAppealOutcome(), by, at, TextDigest.sha256(why)));
  }

  /**
   * The end of status takes effect: exactly its persons leave the register with its kind, their places on the
   * refugee certificates end; the case closes only when nobody remains. A recheck that proposed it is completed.
   * Returns whether family members remain on the register, whose position is then reviewed.
   */
  boolean takeEffect(long statusEndId) {
    StatusEnd s = load(statusEndId);
    if (s.getAppealLodgedOn() != null && !UPHELD.equals(s.getAppealOutcome())) {
      throw new IllegalStateException("end of status " + statusEndId + ": appeal pending or overturned");
    }
    LocalDate today = LocalDate.now(clock);
    s.tookEffect(today);
    // a person who left the register meanwhile (death recorded, another end of status) is not deregistered twice
    Set<Long> registered = familyCases.registeredMembers(s.getCaseId()).stream().map(FamilyMember::personId)
        .collect(Collectors.toSet());
    List<Long> leaving = s.proposedPersonIds().stream().filter(registered::contains).toList();
    if (!leaving.isEmpty()) {
      familyCases.deregister(s.getCaseId(), leaving, s.getKind().deregistration(), today, s.getConfirmedBy());
    }
    if (s.getRecheckId() != null) {
      rechecks.findById(s.getRecheckId()).ifPresent(r -> r.complete(Recheck.Outcome.STATUS_ENDED, now()));
    }
    return !familyCases.registeredMembers(s.getCaseId()).isEmpty();
  }

  /** The family members still registered, whose status derives from the persons concerned, for the manager's review. */
  @Transactional(readOnly = true)
  Map<String, String> dependants(long statusEndId) {
    Map<String, String> dependants = new LinkedHashMap<>();
    familyCases.registeredMembers(load(statusEndId).getCaseId())
        .forEach(m -> dependants.put(String.valueOf(m.personId()), m.label()));
    return dependants;
  }

  /**
   * The manager's review of the family members: those included leave the register with the same kind (and reason);
   * every other keeps the status, recorded as such — nobody's status ends silently.
   */
  void reviewDependants(long statusEndId, ReviewDependantsForm form, String by) {
    StatusEnd s = load(statusEndId);
    List<Long> dependants = familyCases.registeredMembers(s.getCaseId()).stream().map(FamilyMember::personId).toList();
    Set<Long> included = new LinkedHashSet<>();
    for (String id : form.included()) {
      try {
        included.add(Long.valueOf(id));
      } catch (NumberFormatException e) {
        throw FieldErrors.of("includedDependants", "неверный идентификатор лица");
      }
    }
    if (!dependants.containsAll(included)) {
      throw FieldErrors.of("includedDependants", "лицо не состоит на учёте в этой семье");
    }
    s.dependantsReviewed(dependants, included, form.dependantsNote().strip(), by, now());
    if (!included.isEmpty()) {
      familyCases.deregister(s.getCaseId(), included, s.getKind().deregistration(), s.getEffectiveOn(), by);
    }
  }

  /** Who proposed the end of status, as recorded (four-eyes: not the confirmer). */
  @Transactional(readOnly = true)
  String proposer(long statusEndId) {
    return load(statusEndId).getProposedBy();
  }

  /** Who confirmed the end of status, as recorded (four-eyes: not the appeal's decider). */
  @Transactional(readOnly = true)
  String confirmer(long statusEndId) {
    return load(statusEndId).getConfirmedBy();
  }

  /** A process may work only on an end of status of its own case (its business key). */
  @Transactional(readOnly = true)
  void requireOfCase(long statusEndId, long caseId) {
    requireOfCase(load(statusEndId), caseId);
  }

  /** The case's ends of status, per person, as the case page and the API show them; no free text. */
  @Transactional(readOnly = true)
  public List<StatusEndView> views(CaseNumber number) {
    long caseId = caseSearch.caseId(number);
    Map<Long, String> names = names(caseId);
    return statusEnds.findByCaseIdOrderById(caseId).stream().map(s -> new StatusEndView(s.getId(),
        s.getKind().code(), s.getKind().label(), s.getGround(), reasonLabel(s.getKind(), s.getGround()),
        s.getRecheckId() != null, s.getProposedBy(), s.getProposedAt(), s.getConfirmed(), s.getConfirmedBy(),
        s.getNotifiedOn(), s.getAppealDueOn(), s.getAppealLodgedOn(), s.getAppealOutcome(), s.getAppealDecidedBy(),
        s.getEffectiveOn(), s.getDependantsReviewedBy(),
        s.getPersons().stream().map(p -> new StatusEndView.PersonView(p.getPersonId(),
            names.getOrDefault(p.getPersonId(), ""), p.getInvolvement().name(), p.getReviewedBy(),
            p.getDeregisteredOn())).toList())).toList();
  }

  private Map<Long, String> names(long caseId) {
    DateTimeFormatter birth = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    Map<Long, String> names = new LinkedHashMap<>();
    caseSearch.view(caseId).members().forEach(p -> names.put(p.id(), p.surname() + " " + p.givenName()
        + (p.dateOfBirth() == null ? "" : ", " + birth.format(p.dateOfBirth()))));
    return names;
  }

  private String reasonLabel(StatusEndKind kind, String code) {
    return reasons.reason(kind, code).map(StatusEndProperties.Reason::label).orElse(code);
  }

  private static void requireOfCase(StatusEnd s, long caseId) {
    if (s.getCaseId() != caseId) {
      throw new IllegalStateException("end of status " + s.getId() + " is not of the process's case");
    }
  }

  private Proposed proposed(StatusEnd s) {
    return new Proposed(s.getId(), s.getCaseId(), caseNumber(s.getCaseId()), s.getKind(), s.getGround());
  }

  private StatusEnd load(long statusEndId) {
    return statusEnds.findById(statusEndId).orElseThrow(() -> new NotFoundException("end of status", statusEndId));
  }

  private String caseNumber(long caseId) {
    return caseSearch.summary(caseId).caseNumber();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
