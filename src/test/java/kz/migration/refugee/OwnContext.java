package kz.migration.refugee;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A Spring test class with a configuration of its own (another profile, database or properties), which cannot
 * use {@link ApplicationTest}'s shared context. Surefire runs each such class in a fresh JVM (execution
 * {@code own-context-tests}), since its engine is named {@code default} like the shared one. Say on the class why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(OwnContext.TAG)
public @interface OwnContext {

  String TAG = "own-context";
}
