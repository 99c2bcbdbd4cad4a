package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as recorded, with what it decided for each person it covers ({@code outcome} of the whole:
 * {@code GRANTED}, {@code REFUSED} or {@code PARTLY_GRANTED}); for a refusal, its service on the applicant ({@code notifiedOn}, {@code noticeServedHow}
 * {@code IN_PERSON} or {@code POST}) and the appeal window that runs from it, once served.
 */
public record DecisionView(String outcome, String legalGround, String reasons, String decidedBy, Instant decidedAt,
    String recommendation, String recommendationRule, String recommendationInputs, String rulesVersion,
    LocalDate notifiedOn, LocalDate appealDueOn, String noticeServedHow, String noticeServiceNote,
    String noticeRecordedBy, List<PersonOutcomeView> persons) {}
