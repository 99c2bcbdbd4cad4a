package kz.migration.refugee.schooling;

import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.PostgresTest;

/**
 * The same on PostgreSQL: the schema's constraints, the referral's process in the transaction of its occasion, the
 * SQL of the figures.
 */
@ApplicationTest
@PostgresTest
class SchoolingPostgresTest extends SchoolingContract {}
