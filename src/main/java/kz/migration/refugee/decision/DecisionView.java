package kz.migration.refugee.decision;

import java.time.Instant;
import java.time.LocalDate;

public record DecisionView(String outcome, String legalGround, String reasons, String decidedBy, Instant decidedAt,
    String recommendation, String recommendationRule, String recommendationInputs, String rulesVersion,
    LocalDate notifiedOn, LocalDate appealDueOn) {}
