package kz.migration.refugee.reporting;

import kz.migration.refugee.ApplicationTest;

/** The statistics on the embedded H2 database. */
@ApplicationTest
class StatisticsTest extends StatisticsContract {}
