package kz.migration.refugee.shared;

import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.PostgresTest;

/** The attacks on the engine's API, on PostgreSQL. */
@ApplicationTest
@PostgresTest
class EngineAttackPostgresTest extends EngineAttackContract {}
