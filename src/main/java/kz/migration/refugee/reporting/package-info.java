/**
 * The programme's statistics (item 16: the data bank as the source of figures): recognised refugees on a
 * date by citizenship and ethnicity, petitions received and decided, deregistrations by reason, deadlines at
 * risk and open work, as JSON and CSV, and a managers' dashboard. Read-only; reads the register tables with
 * SQL (families and persons side by side), the census from a read model that triggers on the register keep
 * (migration 32, {@code CensusMigration}), and the engine's task service, never other features' internals.
 */
package kz.migration.refugee.reporting;
