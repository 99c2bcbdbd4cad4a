package kz.migration.refugee.decision;

import java.time.Instant;

/** What the rules recommended on an assessment, from which inputs, by which rule and version of the table. */
public record RecommendationView(String outcome, String rule, String inputs, String rulesVersion,
    Instant evaluatedAt) {}
