package kz.migration.refugee.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 * The data bank of families, persons and documents. Other features change a case only through
 * these intention methods, called from the processes, so that case status and process agree.
 */
@Service
@Transactional
public class RegistryService {

  /** Never a stored document number (they are kept without dashes): matches nothing in look-alike queries. */
  private static final String NO_DOCUMENT = "-";
  /** The counter row whose lock serialises the creation of a new series' counter (V7). */
  private static final String NEW_SERIES = "*new-series";

  private final FamilyCaseRepository cases;
  private final PersonRepository persons;
  private final CertificateRepository certificates;
  private final NumberSeriesRepository series;
  private final DuplicateCandidateRepository candidates;
  private final ProcedureProperties procedure;
  private final RegistryMapper mapper;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RegistryService(FamilyCaseRepository cases, PersonRepository persons, CertificateRepository certificates,
      NumberSeriesRepository series, DuplicateCandidateRepository candidates, ProcedureProperties procedure,
      RegistryMapper mapper, Clock clock, ApplicationEventPublisher events) {
    this.candidates = candidates;
    this.events = events;
    this.mapper = mapper;
    this.cases = cases;
    this.persons = persons;
    this.certificates = certificates;
    this.series = series;
    this.procedure = procedure;
    this.clock = clock;
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
    FamilyCase c = load(caseId);
    Instant now = Instant.now(clock);
    List<DuplicateCandidate> found = new ArrayList<>();
    for (Person newcomer : c.getMembers()) {
      String document = newcomer.getDocumentNumber() == null ? NO_DOCUMENT : newcomer.getDocumentNumber();
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

  /** Merges a taken-in family into an existing case: members not already there join it. */
  public void mergeInto(long caseId, CaseNumber target) {
    FamilyCase existing = load(target);
    if (existing.getStatus() == CaseStatus.MERGED || existing.getStatus() == CaseStatus.INTAKE) {
      throw new ConflictException("case " + target + " cannot take members");
    }
    FamilyCase intake = load(caseId);
    requireDocumentsFree(intake.joining(existing), List.of(caseId, existing.getId()));
    intake.mergeInto(existing);
    flushDocumentHolds();
  }

  /**
   * Open cases, other than this intake and the case it would join ({@code into}, null to register it as a case of
   * its own), that hold the identity document of a member it would bring: that document cannot be in two open cases.
   */
  @Transactional(readOnly = true)
  public List<String> casesHoldingDocumentsOf(long caseId, CaseNumber into) {
    FamilyCase intake = load(caseId);
    if (into == null) {
      return casesHolding(intake.getMembers(), List.of(caseId));
    }
    FamilyCase target = load(into);
    return casesHolding(intake.joining(target), List.of(caseId, target.getId()));
  }

  /**
   * Registers a taken-in family: assigns the case number and issues asylum-seeker certificates,
   * one per adult, children written into the head's (or their own if no adult is present).
   */
  public CaseNumber register(long caseId, LocalDate on) {
    FamilyCase c = load(caseId);
    // Registrations of a year queue on its counter's row lock, so the check below sees the documents of any
    // registration committed meanwhile: two identical petitions at once give one case and one conflict.
    CaseNumber number = nextCaseNumber(on.getYear());
    requireDocumentsFree(c.getMembers(), List.of(caseId));
    c.register(number, on);
    flushDocumentHolds();
    List<Person> adults = c.getMembers().stream().filter(p -> p.isAdultOn(on, procedure.adultAge())).toList();
    Set<Person> children = new LinkedHashSet<>(c.getMembers());
    adults.forEach(children::remove);
    Person head = c.head();
    if (adults.isEmpty()) {
      children.forEach(child -> issue(CertificateType.ASYLUM_SEEKER, child, Set.of(), on, null));
    } else {
      Person guardian = adults.contains(head) ? head : adults.get(0);
      for (Person adult : adults) {
        issue(CertificateType.ASYLUM_SEEKER, adult, adult == guardian ? children : Set.of(), on, null);
      }
    }
    return number;
  }

  public void startReview(long caseId) {
    load(caseId).startReview();
  }

  /** Grants the family: asylum-seeker certificates end, the head receives a refugee certificate. */
  public CertificateView grant(long caseId, LocalDate on) {
    FamilyCase c = load(caseId);
    c.grant();
    certificates.findByCaseIdOrderById(caseId).forEach(Certificate::supersede);
    Set<Person> members = new LinkedHashSet<>(c.getMembers());
    Person head = c.head();
    members.remove(head);
    Certificate certificate = issue(CertificateType.REFUGEE, head, members, on,
        on.plus(procedure.refugeeCertificateValidity()));
    return mapper.toView(certificate);
  }

  public void refuse(long caseId) {
    load(caseId).refuse();
  }

  public void appeal(long caseId) {
    load(caseId).appeal();
  }

  /** Final refusal: asylum-seeker certificates end with the case. */
  public void close(long caseId) {
    load(caseId).close();
    certificates.findByCaseIdOrderById(caseId).forEach(Certificate::supersede);
  }

  /**
   * Renews a recognised family's refugee certificate after the annual recheck: the valid ones are
   * superseded, the head (or the eldest adult left) receives a new one with the family on it. With
   * {@code adultChildrenOwnCertificate}, children of age on {@code validFrom} receive their own.
   */
  public List<CertificateView> extend(long caseId, LocalDate validFrom, LocalDate validUntil,
      boolean adultChildrenOwnCertificate, String by) {
    FamilyCase c = load(caseId);
    requireRecognised(c);
    if (!validUntil.isAfter(validFrom)) {
      throw FieldErrors.of("validUntil", "срок действия должен заканчиваться позже даты начала");
    }
    certificates.findByCaseIdOrderById(caseId).stream().filter(Certificate::isValidRefugeeCertificate)
        .forEach(Certificate::supersede);
    List<Person> registered = c.registeredMembers();
    List<Person> ownCertificate = adultChildrenOwnCertificate
        ? registered.stream().filter(p -> p.getRole() == FamilyRole.CHILD && p.isAdultOn(validFrom, procedure.adultAge())).toList()
        : List.of();
    Set<Person> onFamilyCertificate = new LinkedHashSet<>(registered);
    ownCertificate.forEach(onFamilyCertificate::remove);
    List<Certificate> issued = new ArrayList<>();
    Person holder = holderAmong(onFamilyCertificate);
    if (holder != null) {
      onFamilyCertificate.remove(holder);
      issued.add(issue(CertificateType.REFUGEE, holder, onFamilyCertificate, validFrom, validUntil));
    }
    ownCertificate.forEach(p -> issued.add(issue(CertificateType.REFUGEE, p, Set.of(), validFrom, validUntil)));
    events.publishEvent(new CertificateExtended(caseId, c.getCaseNumber(),
        issued.stream().map(Certificate::getNumber).toList(), validFrom, validUntil, by,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    return issued.stream().map(mapper::toView).toList();
  }

  /**
   * Removes persons of a recognised family from the register ({@code personIds} empty: everyone left on it).
   * Their place on certificates ends; when nobody remains, the family leaves the register and its
   * certificates are invalidated.
   */
  public Deregistration deregister(long caseId, Collection<Long> personIds, DeregistrationReason reason,
      LocalDate on, String by) {
    FamilyCase c = load(caseId);
    requireRecognised(c);
    List<Person> registered = c.registeredMembers();
    List<Person> leaving = personIds.isEmpty() ? registered
        : registered.stream().filter(p -> personIds.contains(p.getId())).toList();
    if (leaving.size() != (personIds.isEmpty() ? registered.size() : Set.copyOf(personIds).size()) || leaving.isEmpty()) {
      throw FieldErrors.of("members", "указаны лица, не состоящие на учёте в этом деле");
    }
    leaving.forEach(p -> p.deregister(reason, on));
    c.holdDocuments();
    List<Certificate> valid = certificates.findByCaseIdOrderById(caseId).stream()
        .filter(Certificate::isValidRefugeeCertificate).toList();
    boolean familyGone = c.registeredMembers().isEmpty();
    if (familyGone) {
      c.deregister();
      certificates.findByCaseIdOrderById(caseId).forEach(Certificate::invalidate);
    } else {
      for (Certificate certificate : valid) {
        leaving.forEach(certificate::removeMember);
        if (!certificate.getHolder().isRegistered()) {
          certificate.invalidate();
          Set<Person> rest = new LinkedHashSet<>(certificate.getMembers());
          Person holder = holderAmong(rest);
          if (holder != null) {
            rest.remove(holder);
            issue(CertificateType.REFUGEE, holder, rest, on, certificate.getValidUntil());
          }
        }
      }
    }
    Deregistration result = new Deregistration(caseId, c.getCaseNumber(), reason.code(), on, leaving.size(), familyGone, by);
    events.publishEvent(result);
    return result;
  }

  /**
   * A child born to a recognised family joins it on the register with the head's citizenship and
   * ethnicity; the child goes onto the family's certificate when it is next issued.
   */
  public long addNewborn(long caseId, String surname, String givenName, LocalDate dateOfBirth, Sex sex) {
    FamilyCase c = load(caseId);
    requireRecognised(c);
    Person head = holderAmong(c.registeredMembers());
    Person child = Person.from(new NewPerson(FamilyRole.CHILD, surname, givenName, null, dateOfBirth, sex,
        head.getCitizenship(), head.getEthnicity(), null, null, null));
    c.add(child);
    persons.save(child);
    certificates.findByCaseIdOrderById(caseId).stream().filter(Certificate::isValidRefugeeCertificate)
        .filter(x -> x.getHolder().equals(head)).forEach(x -> x.addMember(child));
    return child.getId();
  }

  public boolean exists(CaseNumber number) {
    return cases.findByCaseNumber(number.value()).isPresent();
  }

  /**
   * Enters a family from a historic caseload as it stands: its own case number (kept outside the running counter,
   * see {@link #nextCaseNumber}), persons with their deregistrations, and, for a recognised family still on the
   * register, a refugee certificate issued on the grant date and renewed on its anniversaries up to the first expiry
   * from today on, so that the annual recheck continues the cycle the grant began. Returns the case id.
   */
  public long importFamily(ImportedFamily family) {
    LocalDate today = LocalDate.now(clock);
    boolean anyoneRegistered = family.members().stream().anyMatch(m -> m.deregisteredOn() == null);
    CaseStatus status = switch (family.outcome()) {
      case GRANTED -> anyoneRegistered ? CaseStatus.GRANTED : CaseStatus.DEREGISTERED;
      case REFUSED -> CaseStatus.CLOSED;
      case PENDING -> anyoneRegistered ? CaseStatus.UNDER_REVIEW : CaseStatus.CLOSED;
    };
    FamilyCase c = FamilyCase.imported(family.caseNumber(), status, family.arrivalDate(), family.registeredOn(),
        Instant.now(clock));
    for (ImportedFamily.Member m : family.members()) {
      Person person = Person.from(new NewPerson(m.role(), m.surname(), m.givenName(), null, m.dateOfBirth(), m.sex(),
          m.citizenship(), m.ethnicity(), null, null, null));
      if (m.deregisteredOn() != null) {
        person.deregister(m.deregistrationReason(), m.deregisteredOn());
      }
      c.add(person);
    }
    // The year's counter stays where it is, but its lock is held to the import's commit: a registration of that
    // year waits, then sees the imported numbers and skips them.
    counter("RS-" + family.caseNumber().year());
    cases.save(c);
    if (status == CaseStatus.GRANTED) {
      List<Person> registered = c.registeredMembers();
      Person holder = holderAmong(registered);
      Set<Person> members = new LinkedHashSet<>(registered);
      members.remove(holder);
      LocalDate issued = family.grantedOn();
      LocalDate until = issued.plus(procedure.refugeeCertificateValidity());
      while (until.isBefore(today)) {
        issued = until;
        until = until.plus(procedure.refugeeCertificateValidity());
      }
      issue(CertificateType.REFUGEE, holder, members, issued, until);
    }
    return c.getId();
  }

  /** Persons of the case still on the register, head first. */
  @Transactional(readOnly = true)
  public List<FamilyMember> registeredMembers(long caseId) {
    DateTimeFormatter birth = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    return load(caseId).registeredMembers().stream()
        .sorted((a, b) -> Integer.compare(a.getRole().ordinal(), b.getRole().ordinal()))
        .map(p -> new FamilyMember(p.getId(), p.getRole(), p.getFullName() + ", " + birth.format(p.getDateOfBirth()),
            p.getDateOfBirth()))
        .toList();
  }

  /** The family's refugee certificate now in force: the one that carries the family (the head's), if any. */
  @Transactional(readOnly = true)
  public Optional<CertificateView> currentRefugeeCertificate(long caseId) {
    List<Certificate> valid = certificates.findByCaseIdOrderById(caseId).stream()
        .filter(Certificate::isValidRefugeeCertificate).toList();
    return valid.stream().filter(x -> x.getHolder().getRole() == FamilyRole.HEAD).findFirst()
        .or(() -> valid.stream().findFirst())
        .map(mapper::toView);
  }

  private void requireRecognised(FamilyCase c) {
    if (c.getStatus() != CaseStatus.GRANTED) {
      throw new ConflictException("case " + c.getCaseNumber() + " is " + c.getStatus() + ", not a recognised family");
    }
  }

  /** The head if present, otherwise the eldest. */
  private static Person holderAmong(Collection<Person> persons) {
    return persons.stream().filter(p -> p.getRole() == FamilyRole.HEAD).findFirst()
        .orElse(persons.stream().min((a, b) -> a.getDateOfBirth().compareTo(b.getDateOfBirth())).orElse(null));
  }

  @Transactional(readOnly = true)
  public CaseSummary summary(long caseId) {
    return summary(load(caseId));
  }

  @Transactional(readOnly = true)
  public CaseSummary summary(CaseNumber number) {
    return summary(load(number));
  }

  /** Persons whose name (any script, any fragment, or a transliteration) or document matches. */
  @Transactional(readOnly = true)
  public List<PersonView> searchPersons(String query, int limit) {
    String q = query.strip();
    String key = NameKey.of(q);
    return mapper.toPersonViews(persons.search(NameKey.searchable(q), Person.normalizedDocument(q),
        key.isEmpty() ? NO_DOCUMENT : key, org.springframework.data.domain.PageRequest.of(0, limit)));
  }

  @Transactional(readOnly = true)
  public List<CaseSummary> searchCases(String fragment, int limit) {
    return cases.findByCaseNumberContainingOrderByCaseNumber(fragment.strip().toUpperCase(),
        org.springframework.data.domain.PageRequest.of(0, limit)).stream().map(this::summary).toList();
  }

  @Transactional(readOnly = true)
  public CaseView view(CaseNumber number) {
    FamilyCase c = load(number);
    return mapper.toView(c, certificates.findByCaseIdOrderById(c.getId()));
  }

  private CaseSummary summary(FamilyCase c) {
    Person head = c.head();
    return new CaseSummary(c.getId(), c.getCaseNumber(), c.getStatus(), c.getRegisteredOn(),
        head == null ? null : head.getFullName(), c.getMembers().size());
  }

  private Certificate issue(CertificateType type, Person holder, Set<Person> members, LocalDate on,
      LocalDate validUntil) {
    String number = "%s-%d-%06d".formatted(type.prefix, on.getYear(), nextInSeries(type.prefix + "-" + on.getYear()));
    return certificates.save(Certificate.issue(type, number, holder, members, on, validUntil));
  }

  /**
   * The year's next case number. Imported numbers stay outside the running counter: an import does not move it,
   * and the counter hands out its next number unless a case (an imported one) already has it, then the next free
   * one. So an imported RS-2026-999999 (another office's numbering, a typing error) neither ends the year's series
   * nor forces wider numbers; new cases keep RS-YYYY-NNNNNN in order. Past the last six-digit number (a counter an
   * earlier import did push to the end) the search starts again from the lowest free number.
   */
  private CaseNumber nextCaseNumber(int year) {
    NumberSeries counter = counter("RS-" + year);
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

  private long nextInSeries(String key) {
    return counter(key).next();
  }

  /** The series' counter, locked; created on its first number, after the creation lock (see V7). */
  private NumberSeries counter(String key) {
    return series.lock(key).orElseGet(() -> {
      series.lock(NEW_SERIES).orElseThrow(() -> new IllegalStateException("number series creation row missing"));
      // a first number of the same series that held the creation lock before us has created the counter by now
      return series.lock(key).orElseGet(() -> series.saveAndFlush(new NumberSeries(key)));
    });
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

  private FamilyCase load(long caseId) {
    return cases.findById(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
  }

  private FamilyCase load(CaseNumber number) {
    return cases.findByCaseNumber(number.value()).orElseThrow(() -> new NotFoundException("case", number));
  }
}
