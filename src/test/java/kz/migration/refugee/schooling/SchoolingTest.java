package kz.migration.refugee.schooling;

import kz.migration.refugee.ApplicationTest;

/** Children's referrals to school and their figures on the embedded H2 database. */
@ApplicationTest
class SchoolingTest extends SchoolingContract {}
