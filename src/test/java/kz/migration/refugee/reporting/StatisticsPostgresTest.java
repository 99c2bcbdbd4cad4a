package kz.migration.refugee.reporting;

import kz.migration.refugee.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The same figures from the same SQL on PostgreSQL (dates, casts, counts and collations as in production). */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class StatisticsPostgresTest extends StatisticsContract {}
