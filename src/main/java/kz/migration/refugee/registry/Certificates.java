package kz.migration.refugee.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.ProcedureProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates families hold, numbered per type and year. A case's status changes in {@link FamilyCases},
 * which issues and ends its certificates here; renewal after the annual recheck changes no status.
 */
@Service
@Transactional
public class Certificates {

  private final FamilyCaseRepository cases;
  private final CertificateRepository certificates;
  private final NumberSeriesRepository series;
  private final ProcedureProperties procedure;
  private final RegistryMapper mapper;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Certificates(FamilyCaseRepository cases, CertificateRepository certificates, NumberSeriesRepository series,
      ProcedureProperties procedure, RegistryMapper mapper, Clock clock, ApplicationEventPublisher events) {
    this.cases = cases;
    this.certificates = certificates;
    this.series = series;
    this.procedure = procedure;
    this.mapper = mapper;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Renews a recognised family's refugee certificates after the annual recheck: each valid one is superseded and its
   * holder (or, if the holder left, the head or eldest of those on it) receives a new one with the same persons on it.
   * With {@code adultChildrenOwnCertificate}, children of age on {@code validFrom} receive their own.
   */
  public List<CertificateView> extend(long caseId, LocalDate validFrom, LocalDate validUntil,
      boolean adultChildrenOwnCertificate, String by) {
    FamilyCase c = cases.load(caseId);
    c.requireRecognised();
    if (!validUntil.isAfter(validFrom)) {
      throw FieldErrors.of("validUntil", "срок действия должен заканчиваться позже даты начала");
    }
    // each recognised adult keeps a certificate of their own, the children stay on their parent's
    List<Certificate> issued = new ArrayList<>();
    for (Certificate old : validRefugeeCertificates(caseId)) {
      old.supersede();
      Set<Person> onIt = new LinkedHashSet<>();
      old.getMembers().stream().filter(Person::isRegistered).forEach(onIt::add);
      List<Person> ownCertificate = adultChildrenOwnCertificate
          ? onIt.stream().filter(p -> p.getRole() == FamilyRole.CHILD && p.isAdultOn(validFrom, procedure.adultAge()))
              .toList()
          : List.of();
      ownCertificate.forEach(onIt::remove);
      Person holder = old.getHolder().isRegistered() ? old.getHolder() : holderAmong(onIt);
      if (holder != null) {
        onIt.remove(holder);
        issued.add(issue(CertificateType.REFUGEE, holder, onIt, validFrom, validUntil));
      }
      ownCertificate.forEach(p -> issued.add(issue(CertificateType.REFUGEE, p, Set.of(), validFrom, validUntil)));
    }
    events.publishEvent(new CertificateExtended(caseId, c.getCaseNumber(),
        issued.stream().map(Certificate::getNumber).toList(), validFrom, validUntil, by,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    return issued.stream().map(mapper::toView).toList();
  }

  /** The family's refugee certificate now in force: the one that carries the family (the head's), if any. */
  @Transactional(readOnly = true)
  public Optional<CertificateView> currentRefugeeCertificate(long caseId) {
    List<Certificate> valid = validRefugeeCertificates(caseId);
    return valid.stream().filter(x -> x.getHolder().getRole() == FamilyRole.HEAD).findFirst()
        .or(() -> valid.stream().findFirst())
        .map(mapper::toView);
  }

  /**
   * Asylum-seeker certificates of a registration: one per adult, children written into the head's (or their own if
   * no adult is present).
   */
  void issueOnRegistration(FamilyCase c, LocalDate on) {
    issueAsylumSeekerCertificates(c, c.getMembers(), on);
  }

  /** A case closed as abandoned is reopened: those back on the register receive new asylum-seeker certificates. */
  void issueOnReopening(FamilyCase c, LocalDate on) {
    issueAsylumSeekerCertificates(c, c.registeredMembers(), on);
  }

  /**
   * Members who joined the case later (a merge, a request) receive asylum-seeker certificates: each adult their own, a
   * child written on the {@code guardian}'s if that parent holds one in force, otherwise their own (a recognised
   * parent holds a refugee certificate, on which the child goes only once their derived status is confirmed).
   */
  void issueOnJoining(long caseId, List<Person> joiners, Person guardian, LocalDate on) {
    Optional<Certificate> guardians = guardian == null ? Optional.empty()
        : certificates.findByCaseIdOrderById(caseId).stream()
            .filter(x -> x.getType() == CertificateType.ASYLUM_SEEKER && x.getStatus() == Certificate.Status.VALID
                && x.getHolder().equals(guardian))
            .findFirst();
    for (Person joiner : joiners) {
      if (joiner.isAdultOn(on, procedure.adultAge())) {
        issueAsylumSeeker(joiner, Set.of(), on, false);
      } else if (guardians.isPresent()) {
        guardians.get().addMember(joiner);
      } else {
        issueAsylumSeeker(joiner, Set.of(), on, false);
      }
    }
  }

  /** A late appeal was accepted: those back on the register seek asylum again while it is decided. */
  void issueOnLateAppeal(FamilyCase c, List<Person> back, LocalDate on) {
    issueAsylumSeekerCertificates(c, back, on);
  }

  private void issueAsylumSeekerCertificates(FamilyCase c, List<Person> members, LocalDate on) {
    List<Person> adults = members.stream().filter(p -> p.isAdultOn(on, procedure.adultAge())).toList();
    Set<Person> children = new LinkedHashSet<>(members);
    adults.forEach(children::remove);
    Person head = c.head();
    if (adults.isEmpty()) {
      children.forEach(child -> issueAsylumSeeker(child, Set.of(), on, false));
    } else {
      Person guardian = adults.contains(head) ? head : adults.get(0);
      for (Person adult : adults) {
        issueAsylumSeeker(adult, adult == guardian ? children : Set.of(), on, false);
      }
    }
  }

  /**
   * On a grant each holder (an adult recognised, an unaccompanied child) receives a refugee certificate with the
   * children following them on it. The asylum-seeker certificates of those recognised end; a child following a
   * parent who was not granted stays on, or is written onto, that parent's asylum-seeker certificate.
   */
  List<CertificateView> issueOnGrant(FamilyCase c, List<Person> holders, Map<Person, Person> childOf, LocalDate on) {
    Set<Person> recognised = new LinkedHashSet<>(holders);
    childOf.forEach((child, parent) -> {
      if (parent.isRecognised()) {
        recognised.add(child);
      }
    });
    List<Certificate> all = certificates.findByCaseIdOrderById(c.getId());
    for (Certificate certificate : all) {
      if (certificate.getType() == CertificateType.ASYLUM_SEEKER && recognised.contains(certificate.getHolder())) {
        supersede(certificate);
      }
      recognised.forEach(certificate::removeMember);
    }
    childOf.forEach((child, parent) -> {
      if (!parent.isRecognised()) {
        all.stream().filter(x -> x.getType() == CertificateType.ASYLUM_SEEKER && x.getHolder().equals(parent)
            && x.getStatus() == Certificate.Status.VALID).findFirst().ifPresent(x -> x.addMember(child));
      }
    });
    // a child following a parent recognised before (a later joiner, a re-examination) goes onto that parent's
    childOf.forEach((child, parent) -> {
      if (parent.isRecognised() && !holders.contains(parent)) {
        addToCertificatesOf(c.getId(), parent, child);
      }
    });
    List<CertificateView> issued = new ArrayList<>();
    LocalDate until = on.plus(procedure.refugeeCertificateValidity());
    for (Person holder : holders) {
      Set<Person> children = new LinkedHashSet<>();
      childOf.forEach((child, parent) -> {
        if (parent.equals(holder)) {
          children.add(child);
        }
      });
      issued.add(mapper.toView(issue(CertificateType.REFUGEE, holder, children, on, until)));
    }
    return issued;
  }

  /**
   * An imported recognised family's refugee certificates, as a grant issues them ({@link #issueOnGrant}): one per
   * recognised adult still on the register, the children following them on it (a child whose parent has left goes
   * onto the head's or eldest holder's; with no adult holder left, the head or eldest of the children holds for the
   * others). Each is issued on the grant date and renewed on its anniversaries up to the first expiry from
   * {@code today} on, so that the annual recheck continues the cycle the grant began.
   */
  void issueOnImport(FamilyCase c, Map<Person, Person> childOf, LocalDate grantedOn, LocalDate today) {
    List<Person> recognised = c.registeredMembers().stream().filter(Person::isRecognised).toList();
    if (recognised.isEmpty()) {
      return;
    }
    List<Person> holders = recognised.stream().filter(p -> !childOf.containsKey(p)).toList();
    List<Person> children = recognised.stream().filter(childOf::containsKey).toList();
    Person fallback = holderAmong(holders.isEmpty() ? children : holders);
    Map<Person, Set<Person>> onCertificate = new LinkedHashMap<>();
    (holders.isEmpty() ? List.of(fallback) : holders).forEach(h -> onCertificate.put(h, new LinkedHashSet<>()));
    for (Person child : children) {
      if (!child.equals(fallback) || !holders.isEmpty()) {
        Person parent = childOf.get(child);
        onCertificate.get(onCertificate.containsKey(parent) ? parent : fallback).add(child);
      }
    }
    LocalDate issued = grantedOn;
    LocalDate until = issued.plus(procedure.refugeeCertificateValidity());
    while (until.isBefore(today)) {
      issued = until;
      until = until.plus(procedure.refugeeCertificateValidity());
    }
    for (var certificate : onCertificate.entrySet()) {
      issue(CertificateType.REFUGEE, certificate.getKey(), certificate.getValue(), issued, until);
    }
  }

  void supersedeAll(long caseId) {
    certificates.findByCaseIdOrderById(caseId).forEach(this::supersede);
  }

  void invalidateAll(long caseId) {
    certificates.findByCaseIdOrderById(caseId).forEach(this::invalidate);
  }

  /**
   * Persons leaving during the procedure come off the asylum-seeker certificates they are written on; a certificate
   * whose holder left is invalidated (the children on it stay on the register through their own case file).
   */
  void endFor(long caseId, List<Person> leaving) {
    for (Certificate certificate : certificates.findByCaseIdOrderById(caseId)) {
      leaving.forEach(certificate::removeMember);
      if (leaving.contains(certificate.getHolder())) {
        invalidate(certificate);
      }
    }
  }

  List<Certificate> validRefugeeCertificates(long caseId) {
    return certificates.findByCaseIdOrderById(caseId).stream().filter(Certificate::isValidRefugeeCertificate).toList();
  }

  /**
   * Persons leaving the register come off these certificates; a certificate whose holder left is invalidated and
   * reissued, until its expiry, to the head or eldest of those left on it.
   */
  void withdraw(List<Certificate> valid, List<Person> leaving, LocalDate on) {
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

  /** Writes a newborn onto the valid refugee certificates {@code holder} holds. */
  void addToCertificatesOf(long caseId, Person holder, Person child) {
    validRefugeeCertificates(caseId).stream().filter(x -> x.getHolder().equals(holder))
        .forEach(x -> x.addMember(child));
  }

  /** The head if present, otherwise the eldest. */
  static Person holderAmong(Collection<Person> persons) {
    return persons.stream().filter(p -> p.getRole() == FamilyRole.HEAD).findFirst()
        .orElse(persons.stream().min((a, b) -> a.getDateOfBirth().compareTo(b.getDateOfBirth())).orElse(null));
  }

  /**
   * Reissues an asylum-seeker certificate about to expire while the examination continues: a new number from
   * {@code on}, valid for {@code refugee.procedure.asylum-seeker-certificate-validity}, to the same holder with the
   * persons on it who are still on the register; the old one is superseded. Refused (409) for a certificate no longer
   * in force.
   */
  public AsylumSeekerCertificate reissueAsylumSeeker(long certificateId, LocalDate on) {
    Certificate old = certificates.findById(certificateId)
        .filter(x -> x.getType() == CertificateType.ASYLUM_SEEKER)
        .orElseThrow(() -> new NotFoundException("asylum-seeker certificate", certificateId));
    if (!inForce(old)) {
      throw new ConflictException("свидетельство " + old.getNumber()
          + " уже не действует: переоформлять нечего");
    }
    old.supersede();
    Set<Person> onIt = new LinkedHashSet<>();
    old.getMembers().stream().filter(Person::isRegistered).forEach(onIt::add);
    Certificate issued = issueAsylumSeeker(old.getHolder(), onIt, on, true);
    return asylumSeekerView(issued);
  }

  /** An asylum-seeker certificate by its id. */
  @Transactional(readOnly = true)
  public Optional<AsylumSeekerCertificate> asylumSeekerCertificate(long certificateId) {
    return certificates.findById(certificateId).filter(x -> x.getType() == CertificateType.ASYLUM_SEEKER)
        .map(this::asylumSeekerView);
  }

  /** The ids of every asylum-seeker certificate with the status valid, oldest first. */
  @Transactional(readOnly = true)
  public List<Long> validAsylumSeekerCertificateIds() {
    return certificates.findIdsByTypeAndStatus(CertificateType.ASYLUM_SEEKER, Certificate.Status.VALID);
  }

  private AsylumSeekerCertificate asylumSeekerView(Certificate c) {
    List<Long> persons = new ArrayList<>();
    persons.add(c.getHolder().getId());
    c.getMembers().stream().filter(Person::isRegistered).map(Person::getId).filter(id -> !persons.contains(id))
        .forEach(persons::add);
    return new AsylumSeekerCertificate(c.getId(), c.getCaseId(), c.getHolder().getFamilyCase().getCaseNumber(),
        c.getNumber(), c.getIssuedOn(), c.getValidUntil(), inForce(c), List.copyOf(persons));
  }

  private static boolean inForce(Certificate c) {
    return c.getStatus() == Certificate.Status.VALID && c.getHolder().isRegistered();
  }

  /**
   * Issues an asylum-seeker certificate valid for {@code refugee.procedure.asylum-seeker-certificate-validity} from
   * {@code on} and tells the features that follow it ({@link AsylumSeekerCertificateIssued}).
   */
  private Certificate issueAsylumSeeker(Person holder, Set<Person> members, LocalDate on, boolean reissue) {
    Certificate c = issue(CertificateType.ASYLUM_SEEKER, holder, members, on,
        on.plus(procedure.asylumSeekerCertificateValidity()));
    List<Long> persons = new ArrayList<>();
    persons.add(holder.getId());
    members.stream().map(Person::getId).filter(id -> !persons.contains(id)).forEach(persons::add);
    events.publishEvent(new AsylumSeekerCertificateIssued(c.getCaseId(), holder.getFamilyCase().getCaseNumber(),
        c.getId(), List.copyOf(persons), c.getIssuedOn(), c.getValidUntil(), reissue));
    return c;
  }

  /** Supersedes the certificate; an asylum-seeker certificate in force that ends so is announced. */
  private void supersede(Certificate c) {
    boolean announced = c.getType() == CertificateType.ASYLUM_SEEKER && c.getStatus() == Certificate.Status.VALID;
    c.supersede();
    if (announced) {
      ended(c);
    }
  }

  /** Invalidates the certificate; an asylum-seeker certificate in force that ends so is announced. */
  private void invalidate(Certificate c) {
    boolean announced = c.getType() == CertificateType.ASYLUM_SEEKER && c.getStatus() == Certificate.Status.VALID;
    c.invalidate();
    if (announced) {
      ended(c);
    }
  }

  private void ended(Certificate c) {
    events.publishEvent(new AsylumSeekerCertificateEnded(c.getCaseId(), c.getHolder().getFamilyCase().getCaseNumber(),
        c.getId()));
  }

  private Certificate issue(CertificateType type, Person holder, Set<Person> members, LocalDate on,
      LocalDate validUntil) {
    String number = "%s-%d-%06d".formatted(type.prefix, on.getYear(),
        series.counter(type.prefix + "-" + on.getYear()).next());
    return certificates.save(Certificate.issue(type, number, holder, members, on, validUntil));
  }
}
