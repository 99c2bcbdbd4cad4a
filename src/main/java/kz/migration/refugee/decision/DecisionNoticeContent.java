package kz.migration.refugee.decision;

import java.time.LocalDate;

/**
 * Data printed on the decision notice for a refugee-status petition.
 *
 * <p>{@code appealDueOn} is used for refusals, {@code certificateNumber} and
 * {@code certificateValidUntil} for grants; all three may be {@code null}.
 */
record DecisionNoticeContent(
        String caseNumber,
        String applicantName,
        LocalDate decidedOn,
        boolean granted,
        String legalGround,
        String reasons,
        String decidedBy,
        LocalDate appealDueOn,
        String certificateNumber,
        LocalDate certificateValidUntil) {

    DecisionNoticeContent {
        requireText(caseNumber, "caseNumber");
        if (decidedOn == null) {
            throw new IllegalArgumentException("decidedOn must not be null");
        }
        requireText(legalGround, "legalGround");
        requireText(reasons, "reasons");
    }

    private static void requireText(String value, String component) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(component + " must not be null or blank");
        }
    }
}
