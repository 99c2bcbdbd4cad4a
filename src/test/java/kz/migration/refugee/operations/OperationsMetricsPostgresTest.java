package kz.migration.refugee.operations;

import kz.migration.refugee.PostgresTest;

/**
 * The same metrics on PostgreSQL (the shared context, {@code ApplicationTest}, inherited): the past-deadline count's SQL
 * and the engine's meter log as in production.
 */
@PostgresTest
class OperationsMetricsPostgresTest extends OperationsMetricsTest {}
