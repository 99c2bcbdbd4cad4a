package kz.migration.refugee.decision;

/** What the rules recommended, why, from which inputs, under which version of the table. */
record Recommendation(String outcome, String rule, String inputs, String rulesVersion) {}
