package kz.migration.refugee.review;

import java.util.List;

import java.time.Clock;
import java.time.Instant;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.registry.FamilyCases;
import kz.migration.refugee.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Examination of a registered petition: interview, checks with other state bodies, assessment. */
@Service
@Transactional
public class ReviewService {

  private final InterviewRepository interviews;
  private final AgencyCheckRepository checks;
  private final AssessmentRepository assessments;
  private final AgencyCheckGateway gateway;
  private final FamilyCases familyCases;
  private final CaseSearch caseSearch;
  private final Clock clock;

  ReviewService(InterviewRepository interviews, AgencyCheckRepository checks, AssessmentRepository assessments,
      AgencyCheckGateway gateway, FamilyCases familyCases, CaseSearch caseSearch, Clock clock) {
    this.interviews = interviews;
    this.checks = checks;
    this.assessments = assessments;
    this.gateway = gateway;
    this.familyCases = familyCases;
    this.caseSearch = caseSearch;
    this.clock = clock;
  }

  void recordInterview(long caseId, InterviewApplicantForm form, String by) {
    var registeredOn = caseSearch.summary(caseId).registeredOn();
    if (registeredOn != null && form.interviewDate().isBefore(registeredOn)) {
      throw FieldErrors.of("interviewDate", "собеседование не может быть раньше регистрации ходатайства");
    }
    interviews.save(Interview.held(caseId, form, by, Instant.now(clock)));
    familyCases.startReview(caseId);
  }

  /** Asks an agency once per case; a retry after a recorded reply returns that reply. */
  String check(long caseId, Agency agency) {
    AgencyCheck check = checks.findByCaseIdAndAgency(caseId, agency).orElseGet(() -> checks.save(
        AgencyCheck.replied(caseId, agency, gateway.check(agency, caseSearch.summary(caseId).caseNumber()),
            Instant.now(clock))));
    return check.summary();
  }

  /** The case's latest assessment as recorded; four-eyes and the rules read this, never a process variable. */
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public java.util.Optional<AssessmentOnRecord> latestAssessment(long caseId) {
    List<Assessment> all = assessments.findByCaseIdOrderById(caseId);
    return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1).onRecord());
  }

  void recordAssessment(long caseId, AssessPetitionForm form, String by) {
    if (form.exclusionIndicators() && (form.exclusionDetails() == null || form.exclusionDetails().isBlank())) {
      throw FieldErrors.of("exclusionDetails", "опишите признаки исключения");
    }
    assessments.save(Assessment.of(caseId, form, by, Instant.now(clock)));
  }
}
