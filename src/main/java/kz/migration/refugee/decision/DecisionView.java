package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision as recorded; for a refusal, its service on the applicant ({@code notifiedOn}, {@code noticeServedHow}
 * {@code IN_PERSON} or {@code POST}) and the appeal window that runs from it, once served.
 */
public record DecisionView(String outcome, String legalGround, String reasons, String decidedBy, Instant decidedAt,
    String recommendation, String recommendationRule, String recommendationInputs, String rulesVersion,
    LocalDate notifiedOn, LocalDate appealDueOn, String noticeServedHow, String noticeServiceNote,
    String noticeRecordedBy) {}
