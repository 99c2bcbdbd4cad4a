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

  /** The refusal is notified today; returns the last day to appeal. */
  LocalDate notifyRefusal(long caseId) {
    familyCases.refuse(caseId);
    LocalDate today = LocalDate.now(clock);
    LocalDate appealDue = today.plus(procedure.appealPeriod());
    latest(caseId).notified(today, appealDue);
    return appealDue;
  }

  /** Records an appeal lodged in time; the process is told by the caller. */
  long lodgeAppeal(CaseNumber caseNumber, AppealRequest request) {
    CaseSummary c = caseSearch.summary(caseNumber);
    if (c.status() != CaseStatus.REFUSED) {
      throw new ConflictException("case " + caseNumber + " is " + c.status() + ": no refusal to appeal");
    }
    Decision refusal = latest(c.caseId());
    if (request.lodgedOn().isBefore(refusal.getNotifiedOn())) {
      throw FieldErrors.of("lodgedOn", "жалоба подана до уведомления об отказе");
    }
    if (request.lodgedOn().isAfter(refusal.getAppealDueOn())) {
      throw FieldErrors.of("lodgedOn", "срок обжалования истёк " + refusal.getAppealDueOn());
    }
    appeals.save(Appeal.lodged(refusal, request.lodgedOn(), request.grounds().strip()));
    return c.caseId();
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
