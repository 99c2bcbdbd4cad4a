package kz.migration.refugee.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.migration.refugee.review.AssessmentOnRecord;
import kz.migration.refugee.review.ReviewService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.petition.PetitionService;
import kz.migration.refugee.registry.CaseNumber;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.registry.CaseStatus;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.registry.CaseSummary;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.registry.CaseView;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.registry.CertificateType;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.registry.CertificateView;
import kz.migration.refugee.petition.PetitionProcess;
import kz.migration.refugee.registry.FamilyCases;
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
 * Decisions on petitions, their notification, appeals, and the documents that follow.
 * Each decision and appeal decision is published as {@link PetitionDecided} / {@link AppealDecided}
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
  private final ReviewService review;
  private final ObjectMapper json;
  private final StaffNames staff;
  private final PetitionService petitions;

  PetitionDecisionService(DecisionRepository decisions, AppealRepository appeals, FamilyCases familyCases,
      CaseSearch caseSearch, ProcedureProperties procedure, DecisionMapper mapper, Clock clock, ApplicationEventPublisher events,
      RecommendationRepository recommendations, ReviewService review, ObjectMapper json, StaffNames staff,
      PetitionService petitions) {
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

  /** Who made the case's latest assessment, as recorded (four-eyes). */
  String assessor(long caseId) {
    return review.latestAssessment(caseId).map(AssessmentOnRecord::assessedBy)
        .orElseThrow(() -> new IllegalStateException("no assessment on record for the decision"));
  }

  /** Who took the case's latest decision, as recorded (the appeal goes to someone else). */
  String decider(long caseId) {
    return latest(caseId).getDecidedBy();
  }

  /** The rules' recommendation on the latest assessment on record, with its inputs as JSON and the table's version. */
  void recordRecommendation(long caseId, String outcome, String rule, String rulesVersion) {
    AssessmentOnRecord assessment = review.latestAssessment(caseId)
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
    recommendations.save(RecordedRecommendation.evaluated(caseId, assessment.id(),
        new Recommendation(outcome, rule, json, rulesVersion), Instant.now(clock)));
  }

  void decide(long caseId, DecidePetitionForm form, String by) {
    Recommendation recommendation = recommendations.findFirstByCaseIdOrderByIdDesc(caseId)
        .map(RecordedRecommendation::recommendation)
        .orElseThrow(() -> new IllegalStateException("no recommendation on record for the decision"));
    var ground = procedure.legalGround(form.legalGround())
        .orElseThrow(() -> FieldErrors.of("legalGround", "основание не из утверждённого перечня"));
    if (!ground.outcome().equals(form.decisionOutcome())) {
      throw FieldErrors.of("legalGround", "основание не соответствует решению");
    }
    Decision.Outcome outcome = PetitionProcess.GRANTED.equals(form.decisionOutcome())
        ? Decision.Outcome.GRANTED : Decision.Outcome.REFUSED;
    String reasons = form.decisionReasons().strip();
    // The database keeps microseconds: the event carries the instant exactly as stored.
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    decisions.save(Decision.taken(caseId, outcome, ground.code(), reasons, by, at, recommendation));
    events.publishEvent(new PetitionDecided(caseId, caseSearch.summary(caseId).caseNumber(), outcome.name(),
        ground.code(), by, at, TextDigest.sha256(reasons)));
  }

  /** Grant takes effect: the head receives the refugee certificate with the family on it. */
  CertificateView grant(long caseId) {
    // a certificate follows only a grant on record, however the process reached this step
    if (latest(caseId).getOutcome() != Decision.Outcome.GRANTED) {
      throw new IllegalStateException("no grant decision on record for the certificate");
    }
    return familyCases.grant(caseId, LocalDate.now(clock));
  }

  /** The refusal takes effect: the case is refused, its notice to be served on the applicant before the window runs. */
  void notifyRefusal(long caseId) {
    familyCases.refuse(caseId);
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

  /** Records an appeal lodged through the API (the process is told by the caller); returns the case id. */
  long lodgeAppeal(CaseNumber caseNumber, AppealRequest request, String by) {
    long caseId = caseSearch.summary(caseNumber).caseId();
    lodgeAppeal(caseId, request.lodgedOn(), request.grounds(), by, "lodgedOn");
    return caseId;
  }

  /**
   * Records an appeal lodged in the window, from Tasklist or the API alike: only against a refusal served on the
   * applicant, not before the service and not after the window ({@code dateField} names the date in a rejection).
   */
  void lodgeAppeal(long caseId, LocalDate lodgedOn, String grounds, String by, String dateField) {
    CaseSummary c = caseSearch.summary(caseId);
    if (c.status() != CaseStatus.REFUSED) {
      throw new ConflictException("дело " + c.caseNumber() + " не в состоянии «отказано»: обжаловать нечего");
    }
    Decision refusal = latest(caseId);
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

  void openAppeal(long caseId) {
    familyCases.appeal(caseId);
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
    familyCases.startReview(caseId);
    return petitions.reopenExamination(caseId);
  }

  void close(long caseId) {
    familyCases.close(caseId);
  }

  @Transactional(readOnly = true)
  public List<DecisionView> decisions(CaseNumber caseNumber) {
    return mapper.toViews(decisions.findByCaseIdOrderById(caseSearch.summary(caseNumber).caseId()));
  }

  @Transactional(readOnly = true)
  public List<AppealView> appeals(CaseNumber caseNumber) {
    return mapper.toAppealViews(appeals.findByCaseIdOrderById(caseSearch.summary(caseNumber).caseId()));
  }

  /** Every evaluation of the rules on the case's assessments, oldest first. */
  @Transactional(readOnly = true)
  public List<RecommendationView> recommendations(CaseNumber caseNumber) {
    return mapper.toRecommendationViews(
        recommendations.findByCaseIdOrderById(caseSearch.summary(caseNumber).caseId()));
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
    String ground = procedure.legalGround(d.getLegalGround()).map(ProcedureProperties.LegalGround::label)
        .orElse(d.getLegalGround());
    CertificateView certificate = d.getOutcome() == Decision.Outcome.GRANTED
        ? view.certificates().stream().filter(x -> x.type() == CertificateType.REFUGEE).reduce((a, b) -> b).orElse(null)
        : null;
    return new DecisionNoticeContent(c.caseNumber(), c.headName(), LocalDate.ofInstant(d.getDecidedAt(), clock.getZone()),
        d.getOutcome() == Decision.Outcome.GRANTED, ground, d.getReasons(), staff.signature(d.getDecidedBy()),
        d.getAppealDueOn(),
        certificate == null ? null : certificate.number(), certificate == null ? null : certificate.validUntil());
  }

  private Decision latest(long caseId) {
    return decisions.findFirstByCaseIdOrderByIdDesc(caseId)
        .orElseThrow(() -> new NotFoundException("decision of case", caseId));
  }
}
