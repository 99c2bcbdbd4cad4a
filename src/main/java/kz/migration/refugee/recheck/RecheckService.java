package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.CESSATION;
import static kz.migration.refugee.recheck.RecheckProcess.DEPRIVATION;
import static kz.migration.refugee.recheck.RecheckProcess.EXTEND;
import static kz.migration.refugee.recheck.RecheckProcess.NONE_REGISTERED;
import static kz.migration.refugee.recheck.RecheckProcess.UPHELD;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.CertificateView;
import kz.migration.refugee.registry.Certificates;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.registry.Sex;
import kz.migration.refugee.shared.ConflictException;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.ProcedureProperties;
import kz.migration.refugee.shared.ProcedureProperties.Ground;
import kz.migration.refugee.shared.StaffNames;
import kz.migration.refugee.shared.TextDigest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual recheck of a recognised family and the ends of status it may lead to. The rules of each
 * step live here; the process only routes. Cessation and deprivation decisions are published as
 * {@link StatusEndDecided} / {@link StatusEndAppealDecided}; extensions and deregistrations by the register.
 */
@Service
@Transactional
public class RecheckService {

  private final RecheckRepository rechecks;
  private final StatusEndRepository statusEnds;
  private final FamilyCases familyCases;
  private final Certificates certificates;
  private final CaseSearch caseSearch;
  private final ProcedureProperties procedure;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final RecheckMapper mapper;
  private final StaffNames staff;

  RecheckService(RecheckRepository rechecks, StatusEndRepository statusEnds, FamilyCases familyCases,
      Certificates certificates, CaseSearch caseSearch, ProcedureProperties procedure, Clock clock,
      ApplicationEventPublisher events, RecheckMapper mapper, StaffNames staff) {
    this.rechecks = rechecks;
    this.statusEnds = statusEnds;
    this.familyCases = familyCases;
    this.certificates = certificates;
    this.caseSearch = caseSearch;
    this.procedure = procedure;
    this.clock = clock;
    this.events = events;
    this.mapper = mapper;
    this.staff = staff;
  }

  /** The form's view of the family: registered members, the certificate, a default extension. */
  @Transactional(readOnly = true)
  FormContext formContext(long recheckId) {
    Recheck r = load(recheckId);
    Map<String, String> members = new LinkedHashMap<>();
    familyCases.registeredMembers(r.getCaseId()).forEach(m -> members.put(String.valueOf(m.personId()), m.label()));
    LocalDate expires = certificates.currentRefugeeCertificate(r.getCaseId()).map(CertificateView::validUntil).orElse(r.getDueOn());
    LocalDate from = defaultExtensionStart(expires);
    return new FormContext(members, labels(procedure.cessationGrounds()), labels(procedure.deprivationGrounds()),
        expires, from, from.plus(procedure.refugeeCertificateValidity()));
  }

  record FormContext(Map<String, String> members, Map<String, String> cessationGrounds,
      Map<String, String> deprivationGrounds, LocalDate certificateValidUntil, LocalDate defaultValidFrom,
      LocalDate defaultValidUntil) {}

  /**
   * Records the caseworker's verification: family changes take effect on the register at once; the
   * outcome is checked for the fields it needs. Returns the outcome the process routes on.
   */
  String verify(long recheckId, VerifyCircumstancesForm form, String by) {
    Recheck r = load(recheckId);
    Set<Long> registered = new LinkedHashSet<>(familyCases.registeredMembers(r.getCaseId()).stream()
        .map(FamilyMember::personId).toList());
    Set<Long> deceased = members(form.deceased(), registered, "deceasedMembers");
    Set<Long> left = members(form.leftCountry(), registered, "leftCountryMembers");
    if (deceased.stream().anyMatch(left::contains)) {
      throw FieldErrors.of("leftCountryMembers", "лицо уже отмечено как умершее");
    }
    boolean nobodyLeft = deceased.size() + left.size() == registered.size();
    if (!nobodyLeft) {
      checkOutcome(r, form.recheckOutcome(), form.newValidFrom(), form.newValidUntil(), form.cessationGround(),
          form.deprivationGround(), form.statusEndReasons());
    }
    if (form.newbornGiven()) {
      checkNewborn(form);
    }
    Instant now = now();
    LocalDate today = LocalDate.now(clock);
    String outcome = nobodyLeft ? NONE_REGISTERED : form.recheckOutcome();
    r.verified(form, outcome, by, now);
    if (!deceased.isEmpty()) {
      familyCases.deregister(r.getCaseId(), deceased, DeregistrationReason.DEATH, today, by);
    }
    if (!left.isEmpty()) {
      familyCases.deregister(r.getCaseId(), left, DeregistrationReason.LEFT_COUNTRY, today, by);
    }
    if (nobodyLeft) {
      r.complete(Recheck.Outcome.NONE_REGISTERED, now);
      return NONE_REGISTERED;
    }
    if (form.newbornGiven()) {
      familyCases.addNewborn(r.getCaseId(), form.newbornSurname().strip(), form.newbornGivenName().strip(),
          form.newbornDateOfBirth(), Sex.valueOf(form.newbornSex()));
    }
    apply(r, form.recheckOutcome(), form.newValidFrom(), form.newValidUntil(), form.cessationGround(),
        form.deprivationGround(), form.statusEndReasons(), by);
    return form.recheckOutcome();
  }

  /** A manager settles a referred recheck: extension, or a proposal another manager must confirm. */
  String review(long recheckId, ReviewRecheckForm form, String by) {
    Recheck r = load(recheckId);
    checkOutcome(r, form.recheckOutcome(), form.newValidFrom(), form.newValidUntil(), form.cessationGround(),
        form.deprivationGround(), form.statusEndReasons());
    apply(r, form.recheckOutcome(), form.newValidFrom(), form.newValidUntil(), form.cessationGround(),
        form.deprivationGround(), form.statusEndReasons(), by);
    return form.recheckOutcome();
  }

  /** The proposal awaiting confirmation, for the confirming manager's form. */
  @Transactional(readOnly = true)
  String describeProposal(long recheckId) {
    StatusEnd s = proposal(recheckId);
    List<Ground> grounds = s.getKind() == StatusEnd.Kind.CESSATION ? procedure.cessationGrounds() : procedure.deprivationGrounds();
    String ground = grounds.stream().filter(g -> g.code().equals(s.getGround())).map(Ground::label).findFirst()
        .orElse(s.getGround());
    return (s.getKind() == StatusEnd.Kind.CESSATION ? "Утрата статуса" : "Лишение статуса") + ". " + ground
        + ". Предложил: " + staff.of(s.getProposedBy()) + ".\n\n" + s.getReasons();
  }

  /** A manager other than the proposer confirms or rejects the proposal. */
  boolean confirm(long recheckId, ConfirmStatusEndForm form, String by) {
    StatusEnd s = proposal(recheckId);
    Instant at = now();
    String reasons = form.confirmationReasons().strip();
    s.decide(form.confirmed(), reasons, by, at);
    events.publishEvent(new StatusEndDecided(s.getCaseId(), caseNumber(s.getCaseId()), s.getKind().name(), s.getGround(),
        form.confirmed(), s.getProposedBy(), by, at, TextDigest.sha256(reasons)));
    return form.confirmed();
  }

  /** The refugee is notified of the confirmed end of status today; returns the last day to appeal. */
  LocalDate notifyStatusEnd(long recheckId) {
    StatusEnd s = proposal(recheckId);
    LocalDate today = LocalDate.now(clock);
    LocalDate due = today.plus(procedure.appealPeriod());
    s.notified(today, due);
    return due;
  }

  /** Records an appeal lodged in time against the confirmed end of status; returns the case id. */
  long lodgeAppeal(CaseNumber caseNumber, StatusEndAppealRequest request) {
    CaseSummary c = caseSearch.summary(caseNumber);
    StatusEnd s = statusEnds.findFirstByCaseIdOrderByIdDesc(c.caseId())
        .filter(x -> Boolean.TRUE.equals(x.getConfirmed()) && x.getNotifiedOn() != null && x.getEffectiveOn() == null
            && x.getAppealLodgedOn() == null)
        .orElseThrow(() -> new ConflictException("case " + caseNumber + " has no notified end of status open to appeal"));
    if (request.lodgedOn().isBefore(s.getNotifiedOn())) {
      throw FieldErrors.of("lodgedOn", "жалоба подана до уведомления");
    }
    if (request.lodgedOn().isAfter(s.getAppealDueOn())) {
      throw FieldErrors.of("lodgedOn", "срок обжалования истёк " + s.getAppealDueOn());
    }
    s.appealLodged(request.lodgedOn(), request.grounds().strip());
    familyCases.statusEndAppealLodged(c.caseId());
    return c.caseId();
  }

  void decideAppeal(long recheckId, DecideStatusEndAppealForm form, String by) {
    StatusEnd s = proposal(recheckId);
    Instant at = now();
    String reasons = form.statusEndAppealReasons().strip();
    s.appealDecided(form.statusEndAppealOutcome(), reasons, by, at);
    familyCases.appealDecided(s.getCaseId());
    events.publishEvent(new StatusEndAppealDecided(s.getCaseId(), caseNumber(s.getCaseId()), s.getKind().name(),
        form.statusEndAppealOutcome(), by, at, TextDigest.sha256(reasons)));
  }

  /** Who confirmed the end of status: the appeal goes to someone else. */
  @Transactional(readOnly = true)
  String confirmedBy(long recheckId) {
    return proposal(recheckId).getConfirmedBy();
  }

  /** The end of status takes effect: every registered member leaves the register, certificates invalidated. */
  void endStatus(long recheckId) {
    Recheck r = load(recheckId);
    StatusEnd s = proposal(recheckId);
    if (s.getAppealLodgedOn() != null && !UPHELD.equals(s.getAppealOutcome())) {
      throw new IllegalStateException("recheck " + recheckId + ": appeal pending or overturned, status cannot end");
    }
    LocalDate today = LocalDate.now(clock);
    s.tookEffect(today);
    familyCases.deregister(r.getCaseId(), List.of(), s.getKind() == StatusEnd.Kind.CESSATION
        ? DeregistrationReason.CESSATION : DeregistrationReason.DEPRIVATION, today, s.getConfirmedBy());
    r.complete(Recheck.Outcome.STATUS_ENDED, now());
  }

  /**
   * Renews the family's certificate: for the period proposed at verification, or, when a proposal to end
   * the status was rejected or overturned, for a full period from the day after the current expiry.
   */
  void extend(long recheckId, String by) {
    Recheck r = load(recheckId);
    LocalDate from = r.getValidFrom();
    LocalDate until = r.getValidUntil();
    if (from == null || until == null) {
      LocalDate expires = certificates.currentRefugeeCertificate(r.getCaseId()).map(CertificateView::validUntil)
          .orElse(r.getDueOn());
      from = defaultExtensionStart(expires);
      until = from.plus(procedure.refugeeCertificateValidity());
    }
    certificates.extend(r.getCaseId(), from, until, procedure.adultChildrenOwnCertificate(), by);
    r.complete(Recheck.Outcome.EXTENDED, now());
  }

  void markOverdue(long recheckId) {
    load(recheckId).markOverdue();
  }

  @Transactional(readOnly = true)
  public List<RecheckView> rechecks(CaseNumber caseNumber) {
    long caseId = caseSearch.summary(caseNumber).caseId();
    return rechecks.findByCaseIdOrderById(caseId).stream()
        .map(r -> mapper.toView(r, statusEnds.findFirstByRecheckIdOrderByIdDesc(r.getId()).orElse(null)))
        .toList();
  }

  private void checkOutcome(Recheck r, String outcome, LocalDate from, LocalDate until, String cessationGround,
      String deprivationGround, String reasons) {
    Map<String, String> errors = new LinkedHashMap<>();
    switch (outcome) {
      case EXTEND -> checkExtension(r, from, until, errors);
      case CESSATION -> checkProposal(procedure.cessationGrounds(), "cessationGround", cessationGround, reasons, errors);
      case DEPRIVATION -> checkProposal(procedure.deprivationGrounds(), "deprivationGround", deprivationGround, reasons, errors);
      default -> { }
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors(errors);
    }
  }

  private void checkExtension(Recheck r, LocalDate from, LocalDate until, Map<String, String> errors) {
    if (from == null) {
      errors.put("newValidFrom", "обязательное поле");
    }
    if (until == null) {
      errors.put("newValidUntil", "обязательное поле");
    }
    if (from == null || until == null) {
      return;
    }
    CertificateView current = certificates.currentRefugeeCertificate(r.getCaseId()).orElse(null);
    LocalDate expires = current == null ? r.getDueOn() : current.validUntil();
    if (current != null && !from.isAfter(current.issuedOn())) {
      errors.put("newValidFrom", "должна быть позже выдачи действующего удостоверения (" + current.issuedOn() + ")");
    } else if (from.isAfter(defaultExtensionStart(expires))) {
      errors.put("newValidFrom", "не позже " + defaultExtensionStart(expires) + ": беженец не должен остаться без документа");
    }
    if (!until.isAfter(from)) {
      errors.put("newValidUntil", "должна быть позже даты начала");
    } else if (until.isAfter(from.plus(procedure.refugeeCertificateValidity()))) {
      errors.put("newValidUntil", "не более " + procedure.refugeeCertificateValidity() + " от даты начала");
    }
  }

  private static void checkProposal(List<Ground> grounds, String field, String ground, String reasons,
      Map<String, String> errors) {
    if (ground == null || ground.isBlank()) {
      errors.put(field, "обязательное поле");
    } else if (grounds.stream().noneMatch(g -> g.code().equals(ground))) {
      errors.put(field, "основание не из утверждённого перечня");
    }
    if (reasons == null || reasons.strip().length() < 20) {
      errors.put("statusEndReasons", "обязательное поле, от 20 символов");
    }
  }

  private void checkNewborn(VerifyCircumstancesForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.newbornSurname() == null || form.newbornSurname().isBlank()) {
      errors.put("newbornSurname", "обязательное поле для новорождённого");
    }
    if (form.newbornGivenName() == null || form.newbornGivenName().isBlank()) {
      errors.put("newbornGivenName", "обязательное поле для новорождённого");
    }
    if (form.newbornDateOfBirth() == null) {
      errors.put("newbornDateOfBirth", "обязательное поле для новорождённого");
    } else if (form.newbornDateOfBirth().isAfter(LocalDate.now(clock))) {
      errors.put("newbornDateOfBirth", "дата не может быть в будущем");
    }
    if (form.newbornSex() == null || form.newbornSex().isBlank()) {
      errors.put("newbornSex", "обязательное поле для новорождённого");
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors(errors);
    }
  }

  private void apply(Recheck r, String outcome, LocalDate from, LocalDate until, String cessationGround,
      String deprivationGround, String reasons, String by) {
    switch (outcome) {
      case EXTEND -> r.extendFor(from, until);
      case CESSATION -> statusEnds.save(StatusEnd.proposed(r.getCaseId(), r.getId(), StatusEnd.Kind.CESSATION,
          cessationGround, reasons.strip(), by, now()));
      case DEPRIVATION -> statusEnds.save(StatusEnd.proposed(r.getCaseId(), r.getId(), StatusEnd.Kind.DEPRIVATION,
          deprivationGround, reasons.strip(), by, now()));
      default -> { }
    }
  }

  private static Set<Long> members(List<String> ids, Set<Long> registered, String field) {
    Set<Long> result = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        result.add(Long.valueOf(id));
      } catch (NumberFormatException e) {
        throw FieldErrors.of(field, "неверный идентификатор лица");
      }
    }
    if (!registered.containsAll(result)) {
      throw FieldErrors.of(field, "лицо не состоит на учёте в этой семье");
    }
    return result;
  }

  /** The day after expiry, or today if the certificate has already expired: no gap, no back-dating. */
  private LocalDate defaultExtensionStart(LocalDate expires) {
    LocalDate next = expires.plusDays(1);
    LocalDate today = LocalDate.now(clock);
    return next.isBefore(today) ? today : next;
  }

  private static Map<String, String> labels(List<Ground> grounds) {
    Map<String, String> labels = new LinkedHashMap<>();
    grounds.forEach(g -> labels.put(g.code(), g.label()));
    return labels;
  }

  /** Who proposed the end of status, as recorded (four-eyes: not the confirmer). */
  String proposer(long recheckId) {
    return proposal(recheckId).getProposedBy();
  }

  /** Who confirmed the end of status, as recorded (four-eyes: not the appeal's decider). */
  String confirmer(long recheckId) {
    return proposal(recheckId).getConfirmedBy();
  }

  private StatusEnd proposal(long recheckId) {
    return statusEnds.findFirstByRecheckIdOrderByIdDesc(recheckId)
        .orElseThrow(() -> new NotFoundException("status end proposal of recheck", recheckId));
  }

  /** The recheck is due by its certificate's expiry. */
  LocalDate dueOn(long recheckId) {
    return load(recheckId).getDueOn();
  }

  /** A process may work only on a recheck of its own case (its business key). */
  void requireOfCase(long recheckId, long caseId) {
    if (load(recheckId).getCaseId() != caseId) {
      throw new IllegalStateException("recheck " + recheckId + " is not of the process's case");
    }
  }

  private Recheck load(long recheckId) {
    return rechecks.findById(recheckId).orElseThrow(() -> new NotFoundException("recheck", recheckId));
  }

  private String caseNumber(long caseId) {
    return caseSearch.summary(caseId).caseNumber();
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
