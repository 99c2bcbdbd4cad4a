package kz.migration.refugee.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.time.Clock;
import java.time.Instant;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.Examinee;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Examination of a registered petition: interview, checks with other state bodies, assessment. */
@Service
@Transactional
public class ReviewService {

  private final InterviewRepository interviews;
  private final InterviewAppointmentRepository appointments;
  private final AbandonmentDecisionRepository abandonments;
  private final AgencyCheckRepository checks;
  private final AssessmentRepository assessments;
  private final AgencyCheckGateway gateway;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final Clock clock;

  ReviewService(InterviewRepository interviews, InterviewAppointmentRepository appointments,
      AbandonmentDecisionRepository abandonments, AgencyCheckRepository checks, AssessmentRepository assessments,
      AgencyCheckGateway gateway, FamilyCases familyCases, CaseSearch caseSearch, Clock clock) {
    this.interviews = interviews;
    this.appointments = appointments;
    this.abandonments = abandonments;
    this.checks = checks;
    this.assessments = assessments;
    this.gateway = gateway;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.clock = clock;
  }

  /** Records the interview held at the pending appointment (if any: cases examined before appointments had none). */
  void recordInterview(long caseId, InterviewApplicantForm form, String by) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (form.interviewDate() == null) {
      missing.put("interviewDate", "обязательное поле");
    }
    if (form.interviewLanguage() == null || form.interviewLanguage().isBlank()) {
      missing.put("interviewLanguage", "обязательное поле");
    }
    if (form.interviewSummary() == null || form.interviewSummary().isBlank()) {
      missing.put("interviewSummary", "обязательное поле");
    }
    if (!missing.isEmpty()) {
      throw new FieldErrors(missing);
    }
    var registeredOn = caseSearch.summary(caseId).registeredOn();
    if (registeredOn != null && form.interviewDate().isBefore(registeredOn)) {
      throw FieldErrors.of("interviewDate", "собеседование не может быть раньше регистрации ходатайства");
    }
    Instant now = Instant.now(clock);
    pendingAppointment(caseId).ifPresent(a -> a.held(by, now));
    interviews.save(Interview.held(caseId, form, by, now));
    familyCases.startReview(caseId);
  }

  /**
   * Appoints the interview. The appointment may not lie in the past, and an interpreter needed names the language.
   */
  void scheduleInterview(long caseId, ScheduleInterviewForm form, String by) {
    Instant now = Instant.now(clock);
    if (form.appointmentDate().isBefore(LocalDate.now(clock))) {
      throw FieldErrors.of("appointmentDate", "дата собеседования в прошлом");
    }
    if (Boolean.TRUE.equals(form.interpreterNeeded())
        && (form.interpreterLanguage() == null || form.interpreterLanguage().isBlank())) {
      throw FieldErrors.of("interpreterLanguage", "укажите язык перевода");
    }
    appointments.save(InterviewAppointment.scheduled(caseId, form, by, now));
  }

  /**
   * The applicant did not come: the pending appointment is recorded as missed by the official who says so, which
   * cannot happen before the appointed day.
   */
  void recordMissedAppointment(long caseId, String by) {
    InterviewAppointment appointment = pendingAppointment(caseId).orElseThrow(
        () -> FieldErrors.of("applicantMissed", "собеседование не назначено: отметить неявку нельзя"));
    if (appointment.appointedAt().toLocalDate().isAfter(LocalDate.now(clock))) {
      throw FieldErrors.of("applicantMissed", "день собеседования ещё не наступил");
    }
    appointment.missed(by, Instant.now(clock));
  }

  /** A manager's decision on a case without contact: close it as abandoned, or appoint the interview again. */
  void decideAbandonment(long caseId, HandleAbandonmentForm form, String by) {
    abandonments.save(AbandonmentDecision.of(caseId, form, by, Instant.now(clock)));
  }

  /**
   * Closes the case as abandoned, as the latest decision on record says (called by the process after that decision):
   * the members leave the register with the reason «abandoned», the certificates end.
   */
  void closeAbandoned(long caseId) {
    List<AbandonmentDecision> all = abandonments.findByCaseIdOrderById(caseId);
    AbandonmentDecision latest = all.isEmpty() ? null : all.get(all.size() - 1);
    if (latest == null || !"close".equals(latest.decision())) {
      throw new IllegalStateException("no decision on record to close case " + caseId + " as abandoned");
    }
    familyCases.abandon(caseId, LocalDate.ofInstant(latest.decidedAt(), clock.getZone()), latest.decidedBy());
  }

  private Optional<InterviewAppointment> pendingAppointment(long caseId) {
    return appointments.findByCaseIdOrderById(caseId).stream().filter(InterviewAppointment::pending)
        .reduce((first, second) -> second);
  }

  /** Asks an agency once per case and records its reply; a retry after a recorded reply asks no more. */
  void check(long caseId, Agency agency) {
    if (checks.findByCaseIdAndAgency(caseId, agency).isEmpty()) {
      checks.save(AgencyCheck.replied(caseId, agency, gateway.check(agency, caseSearch.summary(caseId).caseNumber()),
          Instant.now(clock)));
    }
  }

  /** A person's latest assessment as recorded; four-eyes and the rules read this, never a process variable. */
  @Transactional(readOnly = true)
  public Optional<AssessmentOnRecord> latestAssessment(long caseId, long personId) {
    return assessments.findFirstByCaseIdAndPersonIdOrderByIdDesc(caseId, personId).map(Assessment::onRecord);
  }

  /** Who made the latest assessments of these persons, as recorded (four-eyes on the decision). */
  @Transactional(readOnly = true)
  public Set<String> assessors(long caseId, Collection<Long> personIds) {
    Set<String> authors = new LinkedHashSet<>();
    personIds.forEach(id -> latestAssessment(caseId, id).ifPresent(a -> authors.add(a.assessedBy())));
    return authors;
  }

  /**
   * The persons of the case assessed one by one: every member still to be decided who is of age today, or, in a
   * family without an adult (unaccompanied children), every child.
   */
  @Transactional(readOnly = true)
  public List<Long> personsToAssess(long caseId) {
    List<Examinee> undecided = familyCases.undecidedMembers(caseId, LocalDate.now(clock));
    List<Examinee> adults = undecided.stream().filter(Examinee::adult).toList();
    return (adults.isEmpty() ? undecided : adults).stream().map(Examinee::personId).toList();
  }

  void recordAssessment(long caseId, long personId, AssessPetitionForm form, String by) {
    if (!personsToAssess(caseId).contains(personId)) {
      throw new IllegalStateException("person " + personId + " is not to be assessed in case " + caseId);
    }
    if (form.exclusionIndicators() && (form.exclusionDetails() == null || form.exclusionDetails().isBlank())) {
      throw FieldErrors.of("exclusionDetails", "опишите признаки исключения");
    }
    assessments.save(Assessment.of(caseId, personId, form, by, Instant.now(clock)));
  }
}
