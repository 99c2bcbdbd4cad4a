package kz.migration.refugee.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.ProcedureProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families from intake to the end of their case. Other features change a case only through these intention
 * methods, called from the processes, so that case status and process agree; the certificates a change issues or
 * ends are kept by {@link Certificates}.
 */
@Service
@Transactional
public class FamilyCases {

  private final FamilyCaseRepository cases;
  private final PersonRepository persons;
  private final NumberSeriesRepository series;
  private final DuplicateCandidateRepository candidates;
  private final Certificates certificates;
  private final RegistryMapper mapper;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ProcedureProperties procedure;

  FamilyCases(FamilyCaseRepository cases, PersonRepository persons, NumberSeriesRepository series,
      DuplicateCandidateRepository candidates, Certificates certificates, RegistryMapper mapper, Clock clock,
      ApplicationEventPublisher events, ProcedureProperties procedure) {
    this.procedure = procedure;
    this.cases = cases;
    this.persons = persons;
    this.series = series;
    this.candidates = candidates;
    this.certificates = certificates;
    this.mapper = mapper;
    this.clock = clock;
    this.events = events;
  }

  /** Records a family as taken in; it gets a case number only when registered. */
  public long takeIn(NewFamily family) {
    FamilyCase c = FamilyCase.takeIn(family.arrivalDate(), family.address(), Instant.now(clock));
    family.members().forEach(m -> c.add(Person.from(m)));
    return cases.save(c).getId();
  }

  /**
   * Looks for persons elsewhere in the bank that look like members of this intake and keeps them with it, for the
   * caseworker's review (however many: one identity filed often matches each earlier filing); returns how many.
   */
  public int recordDuplicates(long caseId) {
    FamilyCase c = cases.load(caseId);
    Instant now = Instant.now(clock);
    List<DuplicateCandidate> found = new ArrayList<>();
    for (Person newcomer : c.getMembers()) {
      String document = newcomer.getDocumentNumber() == null
          ? PersonRepository.NO_DOCUMENT : newcomer.getDocumentNumber();
      for (Person known : persons.findLookAlikes(caseId, document, newcomer.getSurnameKey(), newcomer.getGivenNameKey(),
          newcomer.getDateOfBirth(), newcomer.getCitizenship())) {
        var reason = document.equals(known.getDocumentNumber())
            ? DuplicateMatch.Reason.SAME_DOCUMENT : DuplicateMatch.Reason.SAME_NAME_BIRTH_DATE_CITIZENSHIP;
        found.add(DuplicateCandidate.found(caseId, newcomer, known, reason, now));
      }
    }
    candidates.saveAll(found);
    return found.size();
  }

  /** The possible duplicates found at this intake, as found, with their cases as they stand now. */
  @Transactional(readOnly = true)
  public List<DuplicateMatch> duplicates(long caseId) {
    return mapper.toMatches(candidates.findByCaseId(caseId));
  }

  /**
   * Merges a taken-in family into an existing case: members not already there join it, not recognised. A case under
   * examination or recognised gives them asylum-seeker certificates ({@link Certificates#issueOnJoining}); who then
   * examines them is the petition feature's to say. Returns who joined.
   */
  public Joining mergeInto(long caseId, CaseNumber target) {
    FamilyCase existing = cases.load(target);
    if (existing.getStatus() == CaseStatus.MERGED || existing.getStatus() == CaseStatus.INTAKE) {
      throw new ConflictException("case " + target + " cannot take members");
    }
    FamilyCase intake = cases.load(caseId);
    requireDocumentsFree(intake.joining(existing), List.of(caseId, existing.getId()));
    Map<Long, Person> copies = new LinkedHashMap<>();
    List<Person> joined = intake.mergeInto(existing, copies);
    flushDocumentHolds();
    // what other features keep per person (specific needs) follows the person into the case
    Map<Long, Long> moved = new LinkedHashMap<>();
    copies.forEach((from, to) -> moved.put(from, to.getId()));
    events.publishEvent(new MembersMerged(caseId, existing.getId(), moved));
    LocalDate today = LocalDate.now(clock);
    Person guardian = guardianOf(existing, joined, null, today);
    if (FamilyCase.JOINABLE.contains(existing.getStatus())) {
      certificates.issueOnJoining(existing.getId(), joined, guardian, today);
    }
    return joining(existing, joined, guardian, today);
  }

  /** Who joined a case later: the adults, each child with the parent they follow (null if nobody could be named). */
  public record Joining(long caseId, CaseNumber caseNumber, CaseStatus status, List<Long> adults,
      Map<Long, Long> childToParent) {}

  /**
   * A spouse, child or other relative arriving later joins a case under examination or recognised, on a request
   * received by {@code by}: on the register, not recognised, with an asylum-seeker certificate (an adult their own; a
   * child on the parent's if that parent holds one, else their own). A child follows {@code parentId} (an adult of the
   * case on the register), or, not named, the family's recognised head or eldest adult.
   */
  public Joining join(CaseNumber number, NewPerson person, Long parentId, LocalDate on) {
    FamilyCase c = cases.load(number);
    c.requireJoinable();
    Person joiner = Person.from(person);
    if (!joiner.isAdultOn(on, procedure.adultAge()) && joiner.getRole() != FamilyRole.CHILD) {
      throw FieldErrors.of("role", "несовершеннолетний присоединяется к делу как ребёнок");
    }
    if (c.registeredMembers().stream().anyMatch(p -> p.sameAs(joiner))) {
      throw new ConflictException("это лицо уже состоит на учёте в деле " + number);
    }
    Person parent = null;
    if (parentId != null) {
      parent = c.registeredMembers().stream()
          .filter(p -> p.getId().equals(parentId) && p.isAdultOn(on, procedure.adultAge())).findFirst()
          .orElseThrow(() -> FieldErrors.of("parentId", "укажите совершеннолетнего члена семьи, состоящего на учёте в этом деле"));
    }
    requireDocumentsFree(List.of(joiner), List.of(c.getId()));
    c.add(joiner);
    persons.save(joiner);
    flushDocumentHolds();
    Person guardian = guardianOf(c, List.of(joiner), parent, on);
    certificates.issueOnJoining(c.getId(), List.of(joiner), guardian, on);
    return joining(c, List.of(joiner), guardian, on);
  }

  /**
   * The parent the children among the joiners follow: the one named, or an adult who joined with them (the head among
   * them first), or the family's recognised head or eldest adult, or its head or eldest adult on the register.
   */
  private Person guardianOf(FamilyCase c, List<Person> joined, Person named, LocalDate on) {
    if (named != null) {
      return named;
    }
    List<Person> adultsJoining = joined.stream().filter(p -> p.isAdultOn(on, procedure.adultAge())).toList();
    if (!adultsJoining.isEmpty()) {
      return Certificates.holderAmong(adultsJoining);
    }
    List<Person> adults = c.registeredMembers().stream()
        .filter(p -> !joined.contains(p) && p.isAdultOn(on, procedure.adultAge())).toList();
    List<Person> recognised = adults.stream().filter(Person::isRecognised).toList();
    return Certificates.holderAmong(recognised.isEmpty() ? adults : recognised);
  }

  private Joining joining(FamilyCase c, List<Person> joined, Person guardian, LocalDate on) {
    List<Long> adults = new ArrayList<>();
    Map<Long, Long> children = new LinkedHashMap<>();
    for (Person p : joined) {
      if (p.isAdultOn(on, procedure.adultAge())) {
        adults.add(p.getId());
      } else {
        children.put(p.getId(), guardian == null ? null : guardian.getId());
      }
    }
    return new Joining(c.getId(), new CaseNumber(c.getCaseNumber()), c.getStatus(), adults, children);
  }

  /** Whether this member of the case is recognised and on the register. */
  @Transactional(readOnly = true)
  public boolean isRecognisedMember(long caseId, long personId) {
    Person p = cases.load(caseId).member(personId);
    return p.isRegistered() && p.isRecognised();
  }

  /**
   * Open cases, other than this intake and the case it would join ({@code into}, null to register it as a case of
   * its own), that hold the identity document of a member it would bring: that document cannot be in two open cases.
   */
  @Transactional(readOnly = true)
  public List<String> casesHoldingDocumentsOf(long caseId, CaseNumber into) {
    FamilyCase intake = cases.load(caseId);
    if (into == null) {
      return casesHolding(intake.getMembers(), List.of(caseId));
    }
    FamilyCase target = cases.load(into);
    return casesHolding(intake.joining(target), List.of(caseId, target.getId()));
  }

  /** Registers a taken-in family: assigns the case number and issues asylum-seeker certificates. */
  public CaseNumber register(long caseId, LocalDate on) {
    FamilyCase c = cases.load(caseId);
    // Registrations of a year queue on its counter's row lock, so the check below sees the documents of any
    // registration committed meanwhile: two identical petitions at once give one case and one conflict.
    CaseNumber number = nextCaseNumber(on.getYear());
    requireDocumentsFree(c.getMembers(), List.of(caseId));
    c.register(number, on);
    flushDocumentHolds();
    certificates.issueOnRegistration(c, on);
    events.publishEvent(new FamilyRegistered(caseId, number.value(), on));
    return number;
  }

  public void startReview(long caseId) {
    cases.load(caseId).startReview();
  }

  /**
   * A decision granted status to these members: {@code holders} (adults, on their own grounds or by family unity, and
   * an unaccompanied child) each receive a refugee certificate, a child following a parent ({@code children}: child →
   * parent, whatever the parent's outcome) is written on that parent's. The asylum-seeker certificates of the persons
   * recognised end; a child following a parent who was not granted is written on that parent's asylum-seeker
   * certificate. Returns the refugee certificates issued, holders in the order given.
   */
  public List<CertificateView> grant(long caseId, List<Long> holders, Map<Long, Long> children, LocalDate on) {
    FamilyCase c = cases.load(caseId);
    List<Person> recognised = new ArrayList<>();
    holders.forEach(id -> recognised.add(c.member(id)));
    children.forEach((child, parent) -> {
      if (holders.contains(parent) || c.member(parent).isRecognised()) {
        recognised.add(c.member(child));
      }
    });
    c.grant(recognised, on);
    Map<Person, Person> childOf = new LinkedHashMap<>();
    children.forEach((child, parent) -> childOf.put(c.member(child), c.member(parent)));
    return certificates.issueOnGrant(c, holders.stream().map(c::member).toList(), childOf, on);
  }

  /** The members a decision on the family is still to cover: on the register and not recognised, head first. */
  @Transactional(readOnly = true)
  public List<Examinee> undecidedMembers(long caseId, LocalDate on) {
    DateTimeFormatter birth = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    return cases.load(caseId).undecidedMembers().stream()
        .sorted((a, b) -> Integer.compare(a.getRole().ordinal(), b.getRole().ordinal()))
        .map(p -> new Examinee(p.getId(), p.getRole(), p.getFullName(), birth.format(p.getDateOfBirth()),
            p.isAdultOn(on, procedure.adultAge())))
        .toList();
  }

  /** Members of the case recognised and still on the register. */
  @Transactional(readOnly = true)
  public Set<Long> recognisedMembers(long caseId) {
    return cases.load(caseId).registeredMembers().stream().filter(Person::isRecognised).map(Person::getId)
        .collect(Collectors.toSet());
  }

  /** Somebody of the family is recognised: a refusal then concerns only the members it names. */
  @Transactional(readOnly = true)
  public boolean isRecognised(long caseId) {
    return cases.load(caseId).isRecognised();
  }

  public void refuse(long caseId) {
    cases.load(caseId).refuse();
  }

  /**
   * The refusal of members of a recognised family is final (no appeal in time, or appeal upheld): they leave the
   * register with the reason «refused» and their asylum-seeker certificates end; the family stays recognised.
   */
  public Deregistration refuseMembers(long caseId, Collection<Long> personIds, LocalDate on, String by) {
    FamilyCase c = cases.load(caseId);
    c.assertNoAppealPending();
    c.requireRecognised();
    List<Person> leaving = c.undecidedMembers().stream().filter(p -> personIds.contains(p.getId())).toList();
    leaving.forEach(p -> p.deregister(DeregistrationReason.REFUSED, on));
    c.holdDocuments();
    certificates.endFor(caseId, leaving);
    Deregistration result = new Deregistration(caseId, c.getCaseNumber(), DeregistrationReason.REFUSED.code(), on,
        leaving.size(), false, by);
    events.publishEvent(result);
    return result;
  }

  /** An appeal against the refusal was lodged: the case is under appeal, and nothing may close it meanwhile. */
  public void appeal(long caseId) {
    cases.load(caseId).appeal();
  }

  /**
   * An appeal was lodged while the family is recognised (against a confirmed end of status, or a member's refusal):
   * nobody leaves the register until it is decided.
   */
  public void appealLodgedWhileRecognised(long caseId) {
    cases.load(caseId).appealLodgedWhileRecognised();
  }

  /** The applicant appealed to a court against the refusal upheld on appeal: nothing closes the case meanwhile. */
  public void courtAppealLodged(long caseId) {
    cases.load(caseId).courtAppealLodged();
  }

  /** Whether the refusal of these persons became final: the case closed as refused, or they left as refused. */
  @Transactional(readOnly = true)
  public boolean refusalFinal(long caseId, Collection<Long> refusedPersonIds) {
    return cases.load(caseId).refusalFinal(refusedPersonIds);
  }

  /**
   * A late appeal was accepted: the refusal is no longer final (see {@link FamilyCase#reinstateForLateAppeal}); those
   * back on the register receive asylum-seeker certificates again from {@code on}, valid while the appeal is decided.
   */
  public void reinstateForLateAppeal(long caseId, Collection<Long> refusedPersonIds, LocalDate on) {
    FamilyCase c = cases.load(caseId);
    List<Person> back = c.reinstateForLateAppeal(refusedPersonIds);
    flushDocumentHolds();
    certificates.issueOnLateAppeal(c, back, on);
  }

  /** The case's pending appeal was decided. */
  public void appealDecided(long caseId) {
    cases.load(caseId).appealDecided();
  }

  /**
   * Refuses, as a {@link ConflictException} in Russian, while an appeal is pending on the case: the one rule every
   * closure, departure and deregistration goes through (the registry's own steps check it again).
   */
  @Transactional(readOnly = true)
  public void requireNoAppealPending(long caseId) {
    cases.load(caseId).assertNoAppealPending();
  }

  /** Final refusal: asylum-seeker certificates end with the case. */
  public void close(long caseId) {
    FamilyCase c = cases.load(caseId);
    c.close();
    certificates.supersedeAll(caseId);
    events.publishEvent(new CaseClosed(caseId, c.getCaseNumber(), c.getClosureReason(), LocalDate.now(clock)));
  }

  /**
   * Removes persons of a recognised family from the register ({@code personIds} empty: everyone left on it).
   * Their place on certificates ends; when nobody remains, the family leaves the register and its
   * certificates are invalidated.
   */
  public Deregistration deregister(long caseId, Collection<Long> personIds, DeregistrationReason reason,
      LocalDate on, String by) {
    FamilyCase c = cases.load(caseId);
    c.assertNoAppealPending();
    c.requireRecognised();
    List<Person> registered = c.registeredMembers();
    List<Person> leaving = personIds.isEmpty() ? registered
        : registered.stream().filter(p -> personIds.contains(p.getId())).toList();
    if (leaving.size() != (personIds.isEmpty() ? registered.size() : Set.copyOf(personIds).size()) || leaving.isEmpty()) {
      throw FieldErrors.of("members", "указаны лица, не состоящие на учёте в этом деле");
    }
    leaving.forEach(p -> p.deregister(reason, on));
    c.holdDocuments();
    List<Certificate> valid = certificates.validRefugeeCertificates(caseId);
    boolean familyGone = c.registeredMembers().isEmpty();
    if (familyGone) {
      c.deregister();
      certificates.invalidateAll(caseId);
    } else {
      certificates.withdraw(valid, leaving, on);
    }
    Deregistration result = new Deregistration(caseId, c.getCaseNumber(), reason.code(), on, leaving.size(), familyGone, by);
    events.publishEvent(result);
    return result;
  }

  /**
   * Refuses, as a {@link ConflictException} in Russian, any end of the procedure without a decision: after the
   * decision the petition can no longer be withdrawn, and nothing closes a case while an appeal is pending.
   */
  @Transactional(readOnly = true)
  public long requireUndecided(CaseNumber number) {
    FamilyCase c = cases.load(number);
    c.requireUndecided();
    return c.getId();
  }

  /**
   * The petition is withdrawn (called by the petition process): everyone still on the register leaves it with the
   * reason «withdrawn», the certificates end, the case closes without a decision.
   */
  public Deregistration withdraw(long caseId, LocalDate on, String by) {
    FamilyCase c = cases.load(caseId);
    List<Person> leaving = c.withdraw(on);
    certificates.invalidateAll(caseId);
    Deregistration result = new Deregistration(caseId, c.getCaseNumber(), DeregistrationReason.WITHDRAWN.code(), on,
        leaving.size(), true, by);
    events.publishEvent(result);
    return result;
  }

  /**
   * The petition is closed as abandoned (called by the petition process after a manager's decision): everyone still
   * on the register leaves it with the reason «abandoned», the certificates end, the case closes without a decision.
   */
  public Deregistration abandon(long caseId, LocalDate on, String by) {
    FamilyCase c = cases.load(caseId);
    List<Person> leaving = c.abandon(on);
    certificates.invalidateAll(caseId);
    Deregistration result = new Deregistration(caseId, c.getCaseNumber(), DeregistrationReason.ABANDONED.code(), on,
        leaving.size(), true, by);
    events.publishEvent(result);
    return result;
  }

  /**
   * A case closed as abandoned is reopened on the applicant's request (called by the petition process): the persons
   * it closed with return to the register and receive new asylum-seeker certificates from {@code on}.
   */
  public void reopenAbandoned(long caseId, LocalDate on) {
    FamilyCase c = cases.load(caseId);
    c.reopenAbandoned();
    flushDocumentHolds();
    certificates.issueOnReopening(c, on);
    events.publishEvent(new FamilyRegistered(caseId, c.getCaseNumber(), on));
  }

  /** When a case closed as abandoned was closed: its members' deregistration date; empty for any other case. */
  @Transactional(readOnly = true)
  public java.util.Optional<LocalDate> abandonedOn(CaseNumber number) {
    FamilyCase c = cases.load(number);
    if (c.getStatus() != CaseStatus.CLOSED || !ClosureReason.ABANDONED.code().equals(c.getClosureReason())) {
      return java.util.Optional.empty();
    }
    return c.getMembers().stream().filter(p -> DeregistrationReason.ABANDONED.code().equals(p.getDeregistrationReason()))
        .map(Person::getDeregisteredOn).max(LocalDate::compareTo);
  }

  /**
   * A person left the country or died while the petition is examined: they leave the register and their
   * certificates. The case itself is closed by the petition process ({@link #closeEmptied}) when nobody remains.
   */
  public Deregistration deregisterDuringProcedure(long caseId, long personId, DeregistrationReason reason,
      LocalDate on, String by) {
    if (reason != DeregistrationReason.LEFT_COUNTRY && reason != DeregistrationReason.DEATH) {
      throw new IllegalArgumentException("not a reason to leave during the procedure: " + reason);
    }
    FamilyCase c = cases.load(caseId);
    c.requireUndecided();
    Person person = c.getMembers().stream().filter(p -> p.getId() == personId).findFirst()
        .orElseThrow(() -> new NotFoundException("person of case " + c.getCaseNumber(), personId));
    if (!person.isRegistered()) {
      throw new ConflictException("лицо уже снято с учёта " + person.getDeregisteredOn());
    }
    if (on.isBefore(c.getRegisteredOn())) {
      throw FieldErrors.of("deregisteredOn", "дата раньше регистрации ходатайства");
    }
    person.deregister(reason, on);
    c.holdDocuments();
    certificates.endFor(caseId, List.of(person));
    boolean familyGone = c.registeredMembers().isEmpty();
    Deregistration result = new Deregistration(caseId, c.getCaseNumber(), reason.code(), on, 1, familyGone, by);
    events.publishEvent(result);
    return result;
  }

  /** Nobody of the family remains on the register (called by the petition process): the case closes. */
  public void closeEmptied(long caseId) {
    FamilyCase c = cases.load(caseId);
    Person last = c.getMembers().stream().filter(p -> p.getDeregisteredOn() != null)
        .max((a, b) -> a.getDeregisteredOn().compareTo(b.getDeregisteredOn())).orElseThrow();
    c.closeEmptied(DeregistrationReason.DEATH.code().equals(last.getDeregistrationReason())
        ? ClosureReason.DIED : ClosureReason.DEPARTED);
    certificates.invalidateAll(caseId);
  }

  /**
   * A child born to a recognised family joins it on the register with the head's citizenship and
   * ethnicity; the child goes onto the family's certificate when it is next issued.
   */
  public long addNewborn(long caseId, String surname, String givenName, LocalDate dateOfBirth, Sex sex) {
    FamilyCase c = cases.load(caseId);
    c.requireRecognised();
    Person head = Certificates.holderAmong(c.registeredMembers());
    Person child = Person.from(new NewPerson(FamilyRole.CHILD, surname, givenName, null, dateOfBirth, sex,
        head.getCitizenship(), head.getEthnicity(), null, null, null));
    c.add(child);
    persons.save(child);
    certificates.addToCertificatesOf(caseId, head, child);
    return child.getId();
  }

  public boolean exists(CaseNumber number) {
    return cases.findByCaseNumber(number.value()).isPresent();
  }

  /**
   * Whether the family is in the bank already: by its case number, or, for an archive's own numbering, by its
   * legacy reference (any case of letters), so that a file sent again adds nothing.
   */
  public boolean alreadyImported(ImportedFamily family) {
    return family.caseNumber() != null ? exists(family.caseNumber())
        : cases.existsByLegacyReferenceKey(family.legacyReference().key());
  }

  /** A case entered from a historic caseload: its id, the number it has in the bank, its persons' ids in file order. */
  public record Imported(long caseId, CaseNumber caseNumber, List<Long> personIds) {}

  /**
   * Enters a family from a historic caseload as it stands: persons with their deregistrations, those the decision
   * granted recognised from its date, and for a recognised family still on the register a refugee certificate per
   * recognised adult, continuing the grant's cycle. A family numbered in the product's form keeps its number (kept
   * outside the running counter, see {@link #nextCaseNumber}); one with an archive's own number keeps that as its
   * legacy reference and is numbered as a registration is, from the running counter of the year it was registered in
   * then.
   * <p>
   * An adult refused while others of the family were granted, whom the file still has on the register, is taken to
   * have left it with the refusal: in the bank a refused member of a recognised family stays on the register only
   * until the refusal is final ({@link #refuseMembers}), and an archive's decision is final long since. Without a
   * deregistration of their own in the file they leave with the reason «refused» on the decision's date.
   */
  public Imported importFamily(ImportedFamily family) {
    LocalDate today = LocalDate.now(clock);
    List<Person> persons = new ArrayList<>();
    for (ImportedFamily.Member m : family.members()) {
      Person person = Person.from(new NewPerson(m.role(), m.surname(), m.givenName(), null, m.dateOfBirth(), m.sex(),
          m.citizenship(), m.ethnicity(), null, null, null));
      boolean decided = family.decided(m);
      if (decided && m.outcome() == ImportedFamily.Outcome.GRANTED) {
        person.recognise(family.decidedOn());
      }
      if (m.deregisteredOn() != null) {
        person.deregister(m.deregistrationReason(), m.deregisteredOn());
      } else if (decided && family.outcome() == ImportedFamily.Outcome.GRANTED
          && m.outcome() == ImportedFamily.Outcome.REFUSED) {
        person.deregister(DeregistrationReason.REFUSED, family.decidedOn());
      }
      persons.add(person);
    }
    boolean anyoneRegistered = persons.stream().anyMatch(Person::isRegistered);
    CaseStatus status = switch (family.outcome()) {
      case GRANTED -> anyoneRegistered ? CaseStatus.GRANTED : CaseStatus.DEREGISTERED;
      case REFUSED -> CaseStatus.CLOSED;
      case PENDING -> anyoneRegistered ? CaseStatus.UNDER_REVIEW : CaseStatus.CLOSED;
    };
    CaseNumber number;
    if (family.caseNumber() != null) {
      number = family.caseNumber();
      // The year's counter stays where it is, but its lock is held to the import's commit: a registration of that
      // year waits, then sees the imported numbers and skips them.
      series.counter("RS-" + number.year());
    } else {
      number = nextCaseNumber(family.registeredOn().getYear());
    }
    FamilyCase c = FamilyCase.imported(number, family.legacyReference(), status, family.arrivalDate(),
        family.registeredOn(), Instant.now(clock));
    persons.forEach(c::add);
    cases.save(c);
    if (status == CaseStatus.GRANTED) {
      Map<Person, Person> childOf = new LinkedHashMap<>();
      for (int i = 0; i < family.members().size(); i++) {
        Integer parent = family.members().get(i).follows();
        if (parent != null) {
          childOf.put(persons.get(i), persons.get(parent));
        }
      }
      certificates.issueOnImport(c, childOf, family.decidedOn(), today);
    }
    return new Imported(c.getId(), number, persons.stream().map(Person::getId).toList());
  }

  /** Ids of every person of the case in the order they were taken in (at intake: the order of the filed members). */
  @Transactional(readOnly = true)
  public List<Long> memberIds(long caseId) {
    return cases.load(caseId).memberIds();
  }

  /** Persons of the case still on the register, head first. */
  @Transactional(readOnly = true)
  public List<FamilyMember> registeredMembers(long caseId) {
    DateTimeFormatter birth = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    return cases.load(caseId).registeredMembers().stream()
        .sorted((a, b) -> Integer.compare(a.getRole().ordinal(), b.getRole().ordinal()))
        .map(p -> new FamilyMember(p.getId(), p.getRole(), p.getFullName() + ", " + birth.format(p.getDateOfBirth()),
            p.getDateOfBirth()))
        .toList();
  }

  /**
   * The year's next case number. Imported numbers stay outside the running counter: an import does not move it,
   * and the counter hands out its next number unless a case (an imported one) already has it, then the next free
   * one. So an imported RS-2026-999999 (another office's numbering, a typing error) neither ends the year's series
   * nor forces wider numbers; new cases keep RS-YYYY-NNNNNN in order. Past the last six-digit number (a counter an
   * earlier import did push to the end) the search starts again from the lowest free number.
   */
  private CaseNumber nextCaseNumber(int year) {
    NumberSeries counter = series.counter("RS-" + year);
    long free = firstFree(year, counter.last() + 1);
    if (free > CaseNumber.MAX_SERIAL) {
      free = firstFree(year, 1);
    }
    if (free > CaseNumber.MAX_SERIAL) {
      throw new IllegalStateException("case number series RS-" + year + " has no free number left");
    }
    counter.handedOut(free);
    return CaseNumber.of(year, free);
  }

  /** The first number from {@code from} on that no case of the year has; past the series' end if none. */
  private long firstFree(int year, long from) {
    long candidate = from;
    while (candidate <= CaseNumber.MAX_SERIAL) {
      List<String> taken = cases.findCaseNumbersBetween(CaseNumber.of(year, candidate).value(),
          CaseNumber.of(year, CaseNumber.MAX_SERIAL).value(), PageRequest.of(0, 100));
      for (String number : taken) {
        if (new CaseNumber(number).serial() != candidate) {
          return candidate;
        }
        candidate++;
      }
      if (taken.size() < 100) {
        return candidate;
      }
    }
    return candidate;
  }

  private void requireDocumentsFree(Collection<Person> newcomers, Collection<Long> excludedCases) {
    List<String> holders = casesHolding(newcomers, excludedCases);
    if (!holders.isEmpty()) {
      throw new ConflictException("документ, удостоверяющий личность, члена семьи уже числится в открытом деле "
          + String.join(", ", holders) + ": второе дело по тому же документу не заводится");
    }
  }

  private List<String> casesHolding(Collection<Person> newcomers, Collection<Long> excludedCases) {
    Set<String> documents = newcomers.stream().filter(Person::isRegistered).map(Person::getDocumentNumber)
        .filter(Objects::nonNull).collect(Collectors.toSet());
    return documents.isEmpty() ? List.of() : persons.findCasesHolding(documents, excludedCases);
  }

  /**
   * Writes the document holds now: the unique constraint has the last word when a request slipped past the check
   * (its counter was another year's), and is answered as the conflict it is. The message names no document: the
   * database's own would.
   */
  private void flushDocumentHolds() {
    try {
      persons.flush();
    } catch (DataIntegrityViolationException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("uq_person_open_document")) {
          throw new ConflictException("документ, удостоверяющий личность, члена семьи только что зарегистрирован "
              + "в другом открытом деле: второе дело по тому же документу не заводится");
        }
      }
      throw e;
    }
  }
}
