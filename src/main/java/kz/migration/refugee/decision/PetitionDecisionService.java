package kz.migration.refugee.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.migration.refugee.needs.SpecificNeeds;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.petition.PetitionService;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.registry.CertificateType;
import kz.migration.refugee.registry.CertificateView;
import kz.migration.refugee.registry.Examinee;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.registry.PersonView;
import kz.migration.refugee.review.AssessmentOnRecord;
import kz.migration.refugee.review.ReviewService;
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
 * Decisions on petitions, their notification, appeals (late ones too, and to a court), and the documents that follow.
 * Each decision and appeal decision is published as {@link PetitionDecided} / {@link AppealDecided} (a late appeal's
 * review as {@link LateAppealReviewed}, a court's outcome as {@link CourtDecisionRecorded})
 * inside the deciding transaction, so that what listens synchronously (the decision log) commits or rolls
 * back with it.
 */
@Service
@Transactional
public class PetitionDecisionService {

  private final DecisionRepository decisions;
  private final AppealRepository appeals;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final ProcedureProperties procedure;
  private final DecisionMapper mapper;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  private final RecommendationRepository recommendations;
  private final PersonDecisionRepository personDecisions;
  private final ReviewService review;
  private final ObjectMapper json;
  private final StaffNames staff;
  private final PetitionService petitions;
  private final CourtAppealRepository courtAppeals;
  private final SpecificNeeds needs;

  PetitionDecisionService(DecisionRepository decisions, AppealRepository appeals, FamilyCases familyCases,
      CaseSearch caseSearch, ProcedureProperties procedure, DecisionMapper mapper, Clock clock, ApplicationEventPublisher events,
      RecommendationRepository recommendations, PersonDecisionRepository personDecisions, ReviewService review,
      ObjectMapper json, StaffNames staff, PetitionService petitions, CourtAppealRepository courtAppeals,
      SpecificNeeds needs) {
    this.needs = needs;
    this.courtAppeals = courtAppeals;
    this.personDecisions = personDecisions;
    this.staff = staff;
    this.petitions = petitions;
    this.recommendations = recommendations;
    this.review = review;
    this.json = json;
    this.decisions = decisions;
    this.appeals = appeals;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.procedure = procedure;
    this.mapper = mapper;
    this.clock = clock;
    this.events = events;
  }

  /** Who made the latest assessments of the persons the decision is still to cover, as recorded (four-eyes). */
  Set<String> assessors(long caseId) {
    return review.assessors(caseId, familyCases.undecidedMembers(caseId, LocalDate.now(clock)).stream()
        .map(Examinee::personId).toList());
  }

  /** Who took the case's latest decision, as recorded (the appeal goes to someone else). */
  String decider(long caseId) {
    return latest(caseId).getDecidedBy();
  }

  /**
   * The rules' recommendation on a person's latest assessment on record, with its inputs as JSON and the table's
   * version.
   */
  void recordRecommendation(long caseId, long personId, String outcome, String rule, String rulesVersion) {
    AssessmentOnRecord assessment = review.latestAssessment(caseId, personId)
        .orElseThrow(() -> new IllegalStateException("recommendation without an assessment on record"));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("credibility", assessment.credibility());
    inputs.put("wellFoundedFear", assessment.wellFoundedFear());
    inputs.put("exclusionIndicators", assessment.exclusionIndicators());
    String json;
    try {
      json = this.json.writeValueAsString(inputs);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("recommendation inputs not serializable", e);
    }
    recommendations.save(RecordedRecommendation.evaluated(caseId, personId, assessment.id(),
        new Recommendation(outcome, rule, json, rulesVersion), Instant.now(clock)));
  }

  /** A person the decision is to cover, with the rules' latest recommendation on their own assessment, if any. */
  record ToDecide(Examinee person, Optional<RecordedRecommendation> recommendation) {}

  /**
   * The persons a decision on the case is to cover, head first: members on the register not recognised. An adult
   * (or a child of a family without an adult) is decided on their own grounds, a child follows a parent.
   */
  @Transactional(readOnly = true)
  List<ToDecide> toDecide(long caseId) {
    return familyCases.undecidedMembers(caseId, LocalDate.now(clock)).stream()
        .map(p -> new ToDecide(p, recommendations.findFirstByCaseIdAndPersonIdOrderByIdDesc(caseId, p.personId())))
        .toList();
  }

  /**
   * Records the decision on every person still to be decided: each adult on their own grounds (with the rules'
   * recommendation on their own assessment) or by family unity (on their consent, with a principal applicant
   * granted), each child following a parent. Returns the outcome for the process: {@link PetitionProcess#GRANTED},
   * {@link PetitionProcess#REFUSED} or {@link PetitionProcess#PARTLY_GRANTED}.
   */
  String decide(long caseId, DecidePetitionForm form, String by) {
    needs.requireBestInterestsNote(caseId);
    LocalDate today = LocalDate.now(clock);
    List<ToDecide> undecided = toDecide(caseId);
    Map<Long, ToDecide> byId = new LinkedHashMap<>();
    undecided.forEach(t -> byId.put(t.person().personId(), t));
    List<DecidePetitionForm.PersonOutcome> rows = form.personDecisions();
    Set<Long> named = new HashSet<>();
    rows.forEach(r -> named.add(r.personId()));
    if (named.size() != rows.size() || !named.equals(byId.keySet())) {
      throw FieldErrors.of("personDecisions", "решение должно назвать каждого члена семьи, по которому оно ещё "
          + "не принято, по одному разу");
    }
    Set<Long> recognised = familyCases.recognisedMembers(caseId);
    boolean anyAdult = undecided.stream().anyMatch(t -> t.person().adult());
    Map<String, String> errors = new LinkedHashMap<>();
    Map<Long, Decision.Outcome> own = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      var row = rows.get(i);
      boolean alone = byId.get(row.personId()).person().adult() || !anyAdult;
      if ((PetitionProcess.GRANTED.equals(row.outcome()) || PetitionProcess.REFUSED.equals(row.outcome())) && alone) {
        own.put(row.personId(), PetitionProcess.GRANTED.equals(row.outcome())
            ? Decision.Outcome.GRANTED : Decision.Outcome.REFUSED);
      }
    }
    List<PersonDecision> decided = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      var row = rows.get(i);
      String field = "personDecisions[" + i + "].";
      ToDecide t = byId.get(row.personId());
      boolean alone = t.person().adult() || !anyAdult;
      switch (row.outcome()) {
        case PetitionProcess.GRANTED, PetitionProcess.REFUSED -> {
          if (!alone) {
            errors.put(field + "outcome", "статус ребёнка следует статусу родителя");
            continue;
          }
          var ground = procedure.legalGround(row.legalGround() == null ? "" : row.legalGround());
          if (ground.isEmpty()) {
            errors.put(field + "legalGround", row.legalGround() == null || row.legalGround().isBlank()
                ? "обязательное поле" : "основание не из утверждённого перечня");
          } else if (!ground.get().outcome().equals(row.outcome())
              || ground.get().code().equals(procedure.familyUnityGround())) {
            errors.put(field + "legalGround", "основание не соответствует решению");
          }
          String reasons = row.reasons() == null ? "" : row.reasons().strip();
          if (reasons.length() < 20) {
            errors.put(field + "reasons", reasons.isEmpty() ? "обязательное поле" : "от 20 символов");
          }
          RecordedRecommendation rec = t.recommendation().orElseThrow(() -> new IllegalStateException(
              "no recommendation on record for person " + row.personId() + " of case " + caseId));
          boolean granted = PetitionProcess.GRANTED.equals(row.outcome());
          if (t.person().adult()) {
            decided.add(PersonDecision.onOwnGrounds(row.personId(), granted, row.legalGround(), reasons, rec.getId()));
          } else {
            // a child without an adult in the family: decided on their own, with who acts for them on record
            String guardian = row.guardian() == null ? "" : row.guardian().strip();
            if (guardian.length() < 5) {
              errors.put(field + "guardian", guardian.isEmpty() ? "укажите законного представителя ребёнка"
                  : "от 5 символов: ФИО и документ органа опеки");
            }
            decided.add(PersonDecision.childOnOwnGrounds(row.personId(), granted, row.legalGround(), reasons,
                rec.getId(), guardian));
          }
        }
        case DecidePetitionForm.FAMILY_UNITY -> {
          if (!t.person().adult()) {
            errors.put(field + "outcome", "по принципу единства семьи решается только о совершеннолетнем");
            continue;
          }
          Long principal = row.followsPersonId();
          boolean principalGranted = principal != null && !principal.equals(row.personId())
              && (own.get(principal) == Decision.Outcome.GRANTED || recognised.contains(principal));
          if (!principalGranted) {
            errors.put(field + "followsPersonId", "укажите основного заявителя, которому присвоен статус");
          }
          if (row.consentOn() == null) {
            errors.put(field + "consentOn", "без письменного согласия производный статус не присваивается");
          } else if (row.consentOn().isAfter(today)) {
            errors.put(field + "consentOn", "дата в будущем");
          }
          if (principalGranted && row.consentOn() != null) {
            decided.add(PersonDecision.byFamilyUnity(row.personId(), principal, procedure.familyUnityGround(),
                row.consentOn()));
          }
        }
        case DecidePetitionForm.FOLLOWS_PARENT -> {
          if (alone) {
            errors.put(field + "outcome", "совершеннолетний решается по собственным основаниям или по единству семьи");
            continue;
          }
          Long parent = row.followsPersonId();
          Decision.Outcome parentOutcome = parent == null ? null
              : recognised.contains(parent) ? Decision.Outcome.GRANTED
              : byId.containsKey(parent) && byId.get(parent).person().adult() ? parentOutcome(parent, rows, own) : null;
          if (parentOutcome == null) {
            errors.put(field + "followsPersonId", "укажите родителя (совершеннолетнего члена семьи)");
            continue;
          }
          decided.add(PersonDecision.followingParent(row.personId(), parent, parentOutcome));
        }
        default -> errors.put(field + "outcome", "недопустимое значение");
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors(errors);
    }
    PersonDecision principal = decided.stream().filter(d -> d.getBasis() == PersonDecision.Basis.OWN_GROUNDS)
        .findFirst().orElseThrow(() -> FieldErrors.of("personDecisions",
            "решение должно решить хотя бы об одном лице по собственным основаниям"));
    long granted = decided.stream().filter(PersonDecision::granted).count();
    Decision.Outcome outcome = granted == decided.size() ? Decision.Outcome.GRANTED
        : granted == 0 ? Decision.Outcome.REFUSED : Decision.Outcome.PARTLY_GRANTED;
    Recommendation recommendation = recommendations.findById(principal.getRecommendationId()).orElseThrow()
        .recommendation();
    // The database keeps microseconds: the event carries the instant exactly as stored.
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    Decision decision = decisions.save(Decision.taken(caseId, outcome, principal.getLegalGround(),
        principal.getReasons(), by, at, recommendation));
    decided.forEach(d -> d.belongTo(decision.getId()));
    personDecisions.saveAll(decided);
    events.publishEvent(new PetitionDecided(caseId, caseSearch.summary(caseId).caseNumber(), outcome.name(),
        principal.getLegalGround(), by, at, TextDigest.sha256(principal.getReasons()), decided.stream()
            .map(d -> new PetitionDecided.Person(d.getPersonId(), d.getOutcome().name(), d.getBasis().name(),
                d.getLegalGround(), d.getFollowsPersonId(), d.getConsentOn(),
                d.getReasons() == null ? null : TextDigest.sha256(d.getReasons())))
            .toList()));
    return switch (outcome) {
      case GRANTED -> PetitionProcess.GRANTED;
      case REFUSED -> PetitionProcess.REFUSED;
      case PARTLY_GRANTED -> PetitionProcess.PARTLY_GRANTED;
    };
  }

  /** The child whose derived status is to be confirmed and the recognised parent, as the confirmation shows them. */
  @Transactional(readOnly = true)
  String derivedStatusSummary(long caseId, long childId, long parentId) {
    Map<Long, String> names = new HashMap<>();
    familyCases.registeredMembers(caseId).forEach(m -> names.put(m.personId(), m.label()));
    return "Ребёнок: " + names.getOrDefault(childId, "—") + "; родитель, признанный беженцем: "
        + names.getOrDefault(parentId, "—");
  }

  /**
   * A child who joined a recognised family later receives the status of the recognised parent, on a manager's
   * confirmation: a decision act on the child alone, following the parent (no assessment, no recommendation: the
   * status is the parent's), and the child on the parent's refugee certificate. Nobody else is decided by it.
   */
  void confirmDerivedStatus(long caseId, long childId, long parentId, String kinshipEvidence, String by) {
    LocalDate today = LocalDate.now(clock);
    Examinee child = familyCases.undecidedMembers(caseId, today).stream().filter(p -> p.personId() == childId)
        .findFirst().orElseThrow(() -> new ConflictException("статус этого ребёнка уже решён"));
    if (child.adult()) {
      throw new ConflictException("совершеннолетний решается по собственным основаниям или по единству семьи");
    }
    if (!familyCases.isRecognisedMember(caseId, parentId)) {
      throw new ConflictException("родитель не признан беженцем: производный статус не подтверждается");
    }
    String reasons = "Производный статус ребёнка, следующего статусу родителя, признанного беженцем. Родство "
        + "подтверждено: " + kinshipEvidence.strip();
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    Decision decision = decisions.save(Decision.taken(caseId, Decision.Outcome.GRANTED, procedure.familyUnityGround(),
        reasons, by, at, new Recommendation(null, null, null, null)));
    PersonDecision followsParent = PersonDecision.followingParent(childId, parentId, Decision.Outcome.GRANTED);
    followsParent.belongTo(decision.getId());
    personDecisions.save(followsParent);
    events.publishEvent(new PetitionDecided(caseId, caseSearch.summary(caseId).caseNumber(),
        Decision.Outcome.GRANTED.name(), procedure.familyUnityGround(), by, at, TextDigest.sha256(reasons),
        List.of(new PetitionDecided.Person(childId, Decision.Outcome.GRANTED.name(),
            PersonDecision.Basis.FOLLOWS_PARENT.name(), null, parentId, null, null))));
    familyCases.grant(caseId, List.of(), Map.of(childId, parentId), today);
  }

  /** The outcome of an adult decided in the same decision (own grounds, or family unity: granted). */
  private static Decision.Outcome parentOutcome(long parent, List<DecidePetitionForm.PersonOutcome> rows,
      Map<Long, Decision.Outcome> own) {
    if (own.containsKey(parent)) {
      return own.get(parent);
    }
    boolean byUnity = rows.stream().anyMatch(r -> r.personId().equals(parent)
        && DecidePetitionForm.FAMILY_UNITY.equals(r.outcome()));
    return byUnity ? Decision.Outcome.GRANTED : null;
  }

  /**
   * The grant takes effect: each adult granted (and an unaccompanied child) receives a refugee certificate, the
   * children following them written on it.
   */
  List<CertificateView> grant(long caseId) {
    Decision decision = latest(caseId);
    // certificates follow only a grant on record, however the process reached this step
    if (decision.getOutcome() == Decision.Outcome.REFUSED) {
      throw new IllegalStateException("no grant decision on record for the certificate");
    }
    List<Long> holders = new ArrayList<>();
    Map<Long, Long> children = new LinkedHashMap<>();
    for (PersonDecision d : personDecisions.findByDecisionIdOrderById(decision.getId())) {
      if (d.getBasis() == PersonDecision.Basis.FOLLOWS_PARENT) {
        children.put(d.getPersonId(), d.getFollowsPersonId());
      } else if (d.granted()) {
        holders.add(d.getPersonId());
      }
    }
    return familyCases.grant(caseId, holders, children, LocalDate.now(clock));
  }

  /**
   * The refusal takes effect, its notice to be served before the window runs: a family nobody of which is recognised
   * is refused; in a recognised family the members refused stay on the register until the refusal is final.
   */
  void notifyRefusal(long caseId) {
    if (!familyCases.isRecognised(caseId)) {
      familyCases.refuse(caseId);
    }
  }

  /**
   * The notice of the refusal was served (handed over, or delivered by post) on the day given: recorded with who
   * recorded it, and the appeal window runs from that day.
   */
  void recordNoticeService(long caseId, RecordNoticeServiceForm form, String by) {
    Decision refusal = latest(caseId);
    LocalDate decidedOn = LocalDate.ofInstant(refusal.getDecidedAt(), clock.getZone());
    if (form.noticeServedOn().isBefore(decidedOn)) {
      throw FieldErrors.of("noticeServedOn", "дата вручения раньше решения (" + decidedOn + ")");
    }
    if (form.noticeServedOn().isAfter(LocalDate.now(clock))) {
      throw FieldErrors.of("noticeServedOn", "дата в будущем");
    }
    String note = form.noticeServiceNote() == null || form.noticeServiceNote().isBlank() ? null
        : form.noticeServiceNote().strip();
    refusal.served(Decision.ServedHow.of(form.noticeServedHow()), form.noticeServedOn(),
        form.noticeServedOn().plus(procedure.appealPeriod()), note, by, Instant.now(clock));
  }

  /** The last day of the case's appeal window; the window runs only once the refusal is served. */
  @Transactional(readOnly = true)
  LocalDate appealDueOn(long caseId) {
    Decision refusal = latest(caseId);
    if (!refusal.isServed()) {
      throw new IllegalStateException("case " + caseId + ": the refusal is not served, no appeal window runs");
    }
    return refusal.getAppealDueOn();
  }

  /** The day a refusal is to be served by: its decision day plus the reminder period. */
  @Transactional(readOnly = true)
  LocalDate noticeServiceDueOn(long caseId) {
    return LocalDate.ofInstant(latest(caseId).getDecidedAt(), clock.getZone()).plus(procedure.noticeServiceReminder());
  }

  /** An appeal recorded: of which case, and whether it came after the window (then it awaits a manager). */
  record Lodged(long caseId, boolean late) {}

  /**
   * Records an appeal lodged through the API (the process is told by the caller): in the window as an appeal; after it,
   * or once the refusal became final (an appeal lodged in the window but received after the closure), as a late appeal
   * ({@link #lodgeLateAppeal}).
   */
  Lodged lodgeAppeal(CaseNumber caseNumber, AppealRequest request, String by) {
    long caseId = caseSearch.caseId(caseNumber);
    Decision refusal = latest(caseId);
    if (refusal.isServed() && (request.lodgedOn().isAfter(refusal.getAppealDueOn())
        || familyCases.refusalFinal(caseId, refusedPersons(refusal)))) {
      lodgeLateAppeal(caseId, request.lodgedOn(), request.grounds(), by, "lodgedOn");
      return new Lodged(caseId, true);
    }
    lodgeAppeal(caseId, request.lodgedOn(), request.grounds(), by, "lodgedOn");
    return new Lodged(caseId, false);
  }

  /**
   * Records an appeal lodged after the window, from the API or Tasklist alike (or lodged in it but received only once
   * the refusal was final: the manager sees the date): only against a refusal that became final (the case closed as
   * refused, or the refused members of a recognised family deregistered) and not appealed already, one late appeal at
   * a time. The lodging itself changes nothing: a manager accepts or refuses it.
   */
  void lodgeLateAppeal(long caseId, LocalDate lodgedOn, String grounds, String by, String dateField) {
    CaseSummary c = caseSearch.summary(caseId);
    Decision refusal = latest(caseId);
    if (refusal.getOutcome() == Decision.Outcome.GRANTED) {
      throw new ConflictException("по делу " + c.caseNumber() + " отказа нет: обжаловать нечего");
    }
    if (!refusal.isServed()) {
      throw new ConflictException("уведомление об отказе по делу " + c.caseNumber()
          + " ещё не вручено: срок обжалования не начался");
    }
    if (lodgedOn.isBefore(refusal.getNotifiedOn())) {
      throw FieldErrors.of(dateField, "жалоба подана до вручения уведомления об отказе");
    }
    for (Appeal earlier : appeals.findByCaseIdOrderById(caseId)) {
      if (!earlier.getDecisionId().equals(refusal.getId()) || earlier.refusedAsLate()) {
        continue;
      }
      throw new ConflictException(earlier.awaitsLatenessReview()
          ? "по делу " + c.caseNumber() + " поздняя жалоба уже ожидает рассмотрения пропуска срока"
          : "на решение по делу " + c.caseNumber() + " жалоба уже подавалась: повторная жалоба не регистрируется");
    }
    if (!familyCases.refusalFinal(caseId, refusedPersons(refusal))) {
      throw new ConflictException("срок обжалования по делу " + c.caseNumber() + " истёк " + refusal.getAppealDueOn()
          + ", но отказ ещё не вступил в силу: повторите регистрацию поздней жалобы позже");
    }
    appeals.save(Appeal.lodgedLate(refusal, lodgedOn, grounds.strip(), by));
  }

  /**
   * A manager decided on the lateness, with reasons. Accepted: the refusal is no longer final while the appeal is
   * decided as one in time — the case closed as refused reopens (refused, then under appeal), the refused members of a
   * recognised family return to the register, with asylum-seeker certificates; refused: recorded, nothing else changes.
   */
  void reviewLateAppeal(long caseId, ReviewLateAppealForm form, String by) {
    Appeal appeal = appeals.findFirstByCaseIdOrderByIdDesc(caseId)
        .filter(Appeal::awaitsLatenessReview)
        .orElseThrow(() -> new IllegalStateException("case " + caseId + ": no late appeal awaits review"));
    boolean accepted = PetitionProcess.ACCEPTED.equals(form.lateAppealDecision());
    String reasons = form.lateAppealReasons().strip();
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    appeal.reviewLateness(accepted ? Appeal.LateDecision.ACCEPTED : Appeal.LateDecision.REFUSED, reasons, by, at);
    events.publishEvent(new LateAppealReviewed(caseId, caseSearch.summary(caseId).caseNumber(),
        appeal.getLateDecision().name(), appeal.getLodgedOn(), by, at, TextDigest.sha256(reasons)));
    if (accepted) {
      familyCases.reinstateForLateAppeal(caseId, refusedPersons(latest(caseId)), LocalDate.now(clock));
    }
  }

  /**
   * What a petition process started for a late appeal carries into the examination it joins at the appeal: the outcome
   * of the refusal appealed, and its decision deadline's watch, which then ends at once, the decision being taken.
   */
  @Transactional(readOnly = true)
  Map<String, Object> lateAppealVariables(long caseId) {
    Decision refusal = latest(caseId);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(PetitionProcess.CASE_ID.name(), caseId);
    variables.put(PetitionProcess.CASE_NUMBER.name(), caseSearch.summary(caseId).caseNumber());
    variables.put(PetitionProcess.FAMILY_NAME.name(), caseSearch.familyName(caseId));
    variables.put(PetitionProcess.DECISION_OUTCOME.name(), refusal.getOutcome() == Decision.Outcome.PARTLY_GRANTED
        ? PetitionProcess.PARTLY_GRANTED : PetitionProcess.REFUSED);
    variables.put(PetitionProcess.DECISION_DUE_AT.name(), java.util.Date.from(refusal.getDecidedAt()));
    return variables;
  }

  private List<Long> refusedPersons(Decision refusal) {
    return personDecisions.findByDecisionIdOrderById(refusal.getId()).stream()
        .filter(d -> !d.granted()).map(PersonDecision::getPersonId).toList();
  }

  /**
   * The applicant appealed to a court against the refusal upheld on appeal, within the court-appeal period: recorded,
   * and the case stays open with nobody removed until the court decides.
   */
  void lodgeCourtAppeal(long caseId, RegisterCourtAppealForm form, String by) {
    Appeal appeal = appeals.findFirstByCaseIdOrderByIdDesc(caseId)
        .filter(a -> a.getOutcome() == Appeal.Outcome.UPHELD)
        .orElseThrow(() -> new ConflictException(
            "по делу нет жалобы, оставившей отказ в силе: обращаться в суд не с чем"));
    LocalDate appealDecidedOn = LocalDate.ofInstant(appeal.getDecidedAt(), clock.getZone());
    LocalDate lodgedOn = form.courtAppealLodgedOn();
    if (lodgedOn.isBefore(appealDecidedOn)) {
      throw FieldErrors.of("courtAppealLodgedOn", "дата раньше решения по жалобе (" + appealDecidedOn + ")");
    }
    if (lodgedOn.isAfter(LocalDate.now(clock))) {
      throw FieldErrors.of("courtAppealLodgedOn", "дата в будущем");
    }
    if (lodgedOn.isAfter(courtAppealDueOn(caseId))) {
      throw FieldErrors.of("courtAppealLodgedOn", "срок обращения в суд истёк " + courtAppealDueOn(caseId));
    }
    courtAppeals.save(CourtAppeal.lodged(caseId, appeal.getId(), form.courtName().strip(), lodgedOn, by,
        Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    familyCases.courtAppealLodged(caseId);
  }

  /** The court decided: recorded with its date; the case is no longer held open by the court appeal. */
  void recordCourtDecision(long caseId, RecordCourtDecisionForm form, String by) {
    CourtAppeal court = courtAppeals.findFirstByCaseIdOrderByIdDesc(caseId)
        .filter(c -> c.getOutcome() == null)
        .orElseThrow(() -> new IllegalStateException("case " + caseId + ": no court appeal awaits its outcome"));
    if (form.courtDecidedOn().isBefore(court.getLodgedOn())) {
      throw FieldErrors.of("courtDecidedOn", "дата раньше обращения в суд (" + court.getLodgedOn() + ")");
    }
    if (form.courtDecidedOn().isAfter(LocalDate.now(clock))) {
      throw FieldErrors.of("courtDecidedOn", "дата в будущем");
    }
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    court.decided(PetitionProcess.UPHELD.equals(form.courtOutcome())
        ? CourtAppeal.Outcome.UPHELD : CourtAppeal.Outcome.OVERTURNED, form.courtDecidedOn(), by, at);
    familyCases.appealDecided(caseId);
    events.publishEvent(new CourtDecisionRecorded(caseId, caseSearch.summary(caseId).caseNumber(),
        court.getOutcome().name(), court.getDecidedOn(), by, at));
  }

  /** The last day a court appeal is awaited: the appeal decision's day plus the court-appeal period. */
  @Transactional(readOnly = true)
  LocalDate courtAppealDueOn(long caseId) {
    Appeal appeal = appeals.findFirstByCaseIdOrderByIdDesc(caseId)
        .filter(a -> a.getDecidedAt() != null)
        .orElseThrow(() -> new IllegalStateException("case " + caseId + ": no appeal decided"));
    return LocalDate.ofInstant(appeal.getDecidedAt(), clock.getZone()).plus(procedure.courtAppealPeriod());
  }

  /**
   * Records an appeal lodged in the window, from Tasklist or the API alike: only against a refusal served on the
   * applicant, not before the service and not after the window ({@code dateField} names the date in a rejection).
   */
  void lodgeAppeal(long caseId, LocalDate lodgedOn, String grounds, String by, String dateField) {
    CaseSummary c = caseSearch.summary(caseId);
    if (c.status() != CaseStatus.REFUSED && c.status() != CaseStatus.GRANTED) {
      throw new ConflictException("дело " + c.caseNumber() + " не в состоянии «отказано»: обжаловать нечего");
    }
    Decision refusal = latest(caseId);
    if (refusal.getOutcome() == Decision.Outcome.GRANTED) {
      throw new ConflictException("по делу " + c.caseNumber() + " отказа нет: обжаловать нечего");
    }
    if (!refusal.isServed()) {
      throw new ConflictException("уведомление об отказе по делу " + c.caseNumber()
          + " ещё не вручено: срок обжалования не начался");
    }
    if (lodgedOn.isBefore(refusal.getNotifiedOn())) {
      throw FieldErrors.of(dateField, "жалоба подана до вручения уведомления об отказе");
    }
    if (lodgedOn.isAfter(refusal.getAppealDueOn())) {
      throw FieldErrors.of(dateField, "срок обжалования истёк " + refusal.getAppealDueOn());
    }
    appeals.save(Appeal.lodged(refusal, lodgedOn, grounds.strip(), by));
  }

  /** The appeal is opened: a refused family is under appeal; a recognised one keeps its refused members meanwhile. */
  void openAppeal(long caseId) {
    if (familyCases.isRecognised(caseId)) {
      familyCases.appealLodgedWhileRecognised(caseId);
    } else {
      familyCases.appeal(caseId);
    }
  }

  void decideAppeal(long caseId, DecideAppealForm form, String by) {
    Appeal appeal = appeals.findFirstByCaseIdOrderByIdDesc(caseId)
        .orElseThrow(() -> new NotFoundException("appeal of case", caseId));
    Appeal.Outcome outcome = PetitionProcess.UPHELD.equals(form.appealOutcome())
        ? Appeal.Outcome.UPHELD : Appeal.Outcome.OVERTURNED;
    String reasons = form.appealReasons().strip();
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    appeal.decide(outcome, reasons, by, at);
    familyCases.appealDecided(caseId);
    events.publishEvent(new AppealDecided(caseId, caseSearch.summary(caseId).caseNumber(), outcome.name(),
        appeal.getLodgedOn(), by, at, TextDigest.sha256(reasons)));
  }

  /** The refusal was overturned: the case is under review again, under the re-examination's deadline (returned). */
  LocalDate reopen(long caseId) {
    if (!familyCases.isRecognised(caseId)) {
      familyCases.startReview(caseId);
    }
    return petitions.reopenExamination(caseId);
  }

  /**
   * The refusal is final: a family nobody of which is recognised is closed; in a recognised family the members the
   * decision refused leave the register.
   */
  void close(long caseId) {
    if (!familyCases.isRecognised(caseId)) {
      familyCases.close(caseId);
      return;
    }
    Decision refusal = latest(caseId);
    List<Long> refused = personDecisions.findByDecisionIdOrderById(refusal.getId()).stream()
        .filter(d -> !d.granted()).map(PersonDecision::getPersonId).toList();
    familyCases.refuseMembers(caseId, refused, LocalDate.now(clock), refusal.getDecidedBy());
  }

  @Transactional(readOnly = true)
  public List<DecisionView> decisions(CaseNumber caseNumber) {
    List<Decision> all = decisions.findByCaseIdOrderById(caseSearch.caseId(caseNumber));
    Map<Long, List<PersonDecision>> persons = new HashMap<>();
    if (!all.isEmpty()) {
      personDecisions.findByDecisionIdInOrderById(all.stream().map(Decision::getId).toList())
          .forEach(p -> persons.computeIfAbsent(p.getDecisionId(), k -> new ArrayList<>()).add(p));
    }
    return all.stream().map(d -> mapper.toView(d, persons.getOrDefault(d.getId(), List.of()))).toList();
  }

  @Transactional(readOnly = true)
  public List<AppealView> appeals(CaseNumber caseNumber) {
    return mapper.toAppealViews(appeals.findByCaseIdOrderById(caseSearch.caseId(caseNumber)));
  }

  @Transactional(readOnly = true)
  public List<CourtAppealView> courtAppeals(CaseNumber caseNumber) {
    return mapper.toCourtAppealViews(courtAppeals.findByCaseIdOrderById(caseSearch.caseId(caseNumber)));
  }

  /** Every evaluation of the rules on the case's assessments, oldest first. */
  @Transactional(readOnly = true)
  public List<RecommendationView> recommendations(CaseNumber caseNumber) {
    return mapper.toRecommendationViews(
        recommendations.findByCaseIdOrderById(caseSearch.caseId(caseNumber)));
  }

  /** The legal ground's label as the procedure names it, or its code. */
  public String legalGroundLabel(String code) {
    return procedure.legalGround(code).map(ProcedureProperties.LegalGround::label).orElse(code);
  }

  @Transactional(readOnly = true)
  DecisionNoticeContent notice(CaseNumber caseNumber) {
    CaseView view = caseSearch.view(caseNumber);
    CaseSummary c = caseSearch.summary(caseNumber);
    Decision d = latest(c.caseId());
    Map<Long, PersonView> members = new HashMap<>();
    view.members().forEach(p -> members.put(p.id(), p));
    List<PersonDecision> covered = personDecisions.findByDecisionIdOrderById(d.getId());
    List<DecisionNoticeContent.Person> persons = new ArrayList<>();
    for (PersonDecision pd : covered) {
      PersonView p = members.get(pd.getPersonId());
      long holder = pd.getBasis() == PersonDecision.Basis.FOLLOWS_PARENT ? pd.getFollowsPersonId() : pd.getPersonId();
      CertificateView certificate = pd.granted() ? view.certificates().stream()
          .filter(x -> x.type() == CertificateType.REFUGEE && Long.valueOf(holder).equals(x.holderId()))
          .reduce((a, b) -> b).orElse(null) : null;
      persons.add(new DecisionNoticeContent.Person(fullName(p), p.dateOfBirth(), pd.granted(), basis(pd, members),
          pd.getLegalGround() == null ? null : legalGroundLabel(pd.getLegalGround()), pd.getReasons(),
          certificate == null ? null : certificate.number(), certificate == null ? null : certificate.validUntil()));
    }
    return new DecisionNoticeContent(c.caseNumber(), c.headName(), LocalDate.ofInstant(d.getDecidedAt(), clock.getZone()),
        staff.signature(d.getDecidedBy()), d.getAppealDueOn(), persons);
  }

  /** On what a person's outcome rests, as the notice says it. */
  private static String basis(PersonDecision d, Map<Long, PersonView> members) {
    return switch (d.getBasis()) {
      case OWN_GROUNDS -> "по собственным основаниям"
          + (d.getGuardian() == null ? "" : "; законный представитель: " + d.getGuardian());
      case FAMILY_UNITY -> "по принципу единства семьи, вместе с " + fullName(members.get(d.getFollowsPersonId()))
          + (d.getConsentOn() == null ? "" : "; письменное согласие от " + kz.migration.refugee.shared.FormText.DATE.format(d.getConsentOn()));
      case FOLLOWS_PARENT -> "следует статусу родителя: " + fullName(members.get(d.getFollowsPersonId()));
    };
  }

  private static String fullName(PersonView p) {
    if (p == null) {
      return "—";
    }
    return p.surname() + " " + p.givenName() + (p.patronymic() == null ? "" : " " + p.patronymic());
  }

  private Decision latest(long caseId) {
    return decisions.findFirstByCaseIdOrderByIdDesc(caseId)
        .orElseThrow(() -> new NotFoundException("decision of case", caseId));
  }
}
