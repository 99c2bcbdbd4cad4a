package kz.migration.refugee.recheck;

import static kz.migration.refugee.recheck.RecheckProcess.CESSATION;
import static kz.migration.refugee.recheck.RecheckProcess.DEPRIVATION;
import static kz.migration.refugee.recheck.RecheckProcess.EXTEND;
import static kz.migration.refugee.recheck.RecheckProcess.NONE_REGISTERED;

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
import kz.migration.refugee.registry.CertificateView;
import kz.migration.refugee.registry.Certificates;
import kz.migration.refugee.registry.DeregistrationReason;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.FamilyMember;
import kz.migration.refugee.registry.Sex;
import kz.migration.refugee.shared.FieldErrors;
import kz.migration.refugee.shared.NotFoundException;
import kz.migration.refugee.shared.ProcedureProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual recheck of a recognised family. The rules of each step live here; the process only routes. A proposed
 * cessation or deprivation is recorded for the whole family still registered and decided by the {@code status-end}
 * process ({@link StatusEnds}); extensions and deregistrations are published by the register.
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
  private final RecheckMapper mapper;
  private final StatusEnds statusEndService;
  private final StatusEndProperties statusEndReasons;

  RecheckService(RecheckRepository rechecks, StatusEndRepository statusEnds, FamilyCases familyCases,
      Certificates certificates, CaseSearch caseSearch, ProcedureProperties procedure, Clock clock,
      RecheckMapper mapper, StatusEnds statusEndService, StatusEndProperties statusEndReasons) {
    this.rechecks = rechecks;
    this.statusEnds = statusEnds;
    this.familyCases = familyCases;
    this.certificates = certificates;
    this.caseSearch = caseSearch;
    this.procedure = procedure;
    this.clock = clock;
    this.mapper = mapper;
    this.statusEndService = statusEndService;
    this.statusEndReasons = statusEndReasons;
  }

  /** The form's view of the family: registered members, the certificate, a default extension. */
  @Transactional(readOnly = true)
  FormContext formContext(long recheckId) {
    Recheck r = load(recheckId);
    Map<String, String> members = new LinkedHashMap<>();
    familyCases.registeredMembers(r.getCaseId()).forEach(m -> members.put(String.valueOf(m.personId()), m.label()));
    LocalDate expires = certificates.currentRefugeeCertificate(r.getCaseId()).map(CertificateView::validUntil).orElse(r.getDueOn());
    LocalDate from = defaultExtensionStart(expires);
    return new FormContext(members, reasons(StatusEndKind.CESSATION), reasons(StatusEndKind.DEPRIVATION),
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
    long caseId = caseSearch.caseId(caseNumber);
    return rechecks.findByCaseIdOrderById(caseId).stream()
        .map(r -> mapper.toView(r, statusEnds.findFirstByRecheckIdOrderByIdDesc(r.getId()).orElse(null)))
        .toList();
  }

  private void checkOutcome(Recheck r, String outcome, LocalDate from, LocalDate until, String cessationGround,
      String deprivationGround, String reasons) {
    Map<String, String> errors = new LinkedHashMap<>();
    switch (outcome) {
      case EXTEND -> checkExtension(r, from, until, errors);
      case CESSATION -> checkProposal(reasons(StatusEndKind.CESSATION), "cessationGround", cessationGround, reasons, errors);
      case DEPRIVATION -> checkProposal(reasons(StatusEndKind.DEPRIVATION), "deprivationGround", deprivationGround, reasons,
          errors);
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

  private Map<String, String> reasons(StatusEndKind kind) {
    Map<String, String> labels = new LinkedHashMap<>();
    statusEndReasons.of(kind).forEach(g -> labels.put(g.code(), g.label()));
    return labels;
  }

  private static void checkProposal(Map<String, String> grounds, String field, String ground, String reasons,
      Map<String, String> errors) {
    if (ground == null || ground.isBlank()) {
      errors.put(field, "обязательное поле");
    } else if (!grounds.containsKey(ground)) {
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
      case CESSATION -> statusEndService.proposeAtRecheck(r.getCaseId(), r.getId(), StatusEndKind.CESSATION,
          cessationGround, reasons, by);
      case DEPRIVATION -> statusEndService.proposeAtRecheck(r.getCaseId(), r.getId(), StatusEndKind.DEPRIVATION,
          deprivationGround, reasons, by);
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

  /** The end of status this recheck proposed, which the {@code status-end} process it calls decides on. */
  @Transactional(readOnly = true)
  StatusEnds.Proposed statusEndProposed(long recheckId) {
    StatusEnd s = statusEnds.findFirstByRecheckIdOrderByIdDesc(recheckId)
        .orElseThrow(() -> new NotFoundException("status end proposal of recheck", recheckId));
    return new StatusEnds.Proposed(s.getId(), s.getCaseId(), null, s.getKind(), s.getGround());
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

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
