package kz.migration.refugee.shared;

import kz.migration.refugee.ApplicationTest;

/** The attacks on the engine's API, on the embedded H2 database. */
@ApplicationTest
class EngineAttackTest extends EngineAttackContract {}
