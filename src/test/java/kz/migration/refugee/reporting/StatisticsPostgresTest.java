package kz.migration.refugee.reporting;

import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.PostgresTest;

/** The same figures from the same SQL on PostgreSQL (dates, casts, counts and collations as in production). */
@ApplicationTest
@PostgresTest
class StatisticsPostgresTest extends StatisticsContract {}
