package kz.migration.refugee;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kz.migration.refugee.registry.CaseSearch;
import kz.migration.refugee.repatriation.SpiedReturnContactGateway;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole application as the demo runs it (H2, demo users, no demo cases, no job executor), started once and
 * shared by every test class so annotated: Spring caches the context, and surefire runs these classes in one
 * reused JVM. With {@link PostgresTest} the same configuration runs on PostgreSQL (one more shared context,
 * in its own JVM).
 * <p>
 * A class that adds anything to this configuration (properties, profiles, mocks, {@code @DynamicPropertySource})
 * gets a context of its own, whose engine named {@code default} would clash with the shared one in the same JVM:
 * add what every class may share here instead, or mark the class {@link OwnContext}.
 * <p>
 * The database is shared too: a test asserts on its own cases and records (its case numbers, counts before and
 * after), never on the database being empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // the tests that capture the log look for the application's debug lines, and for personal data in them
    "logging.level.kz.migration.refugee=DEBUG",
    // unlike the models' 3650 days, so that HistoryRetentionTest sees the configured time-to-live applied
    "refugee.history.time-to-live=P400D",
    // small chunks, so that scheduler passes go through several (RecheckSchedulerPostgresTest's two passes meet often)
    "refugee.recheck.chunk-size=15"})
@ActiveProfiles({"test", "demo"})
@AutoConfigureMockMvc
@SpiedReturnContactGateway
// passes every call on; ErrorPagesTest makes one search fail, to see what a failed page answers
@MockitoSpyBean(types = CaseSearch.class)
public @interface ApplicationTest {}
