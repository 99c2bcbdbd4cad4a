package kz.migration.refugee;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test driving headless Chromium from the OS packages ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; nothing is downloaded). Skips with a message when they are missing,
 * unless {@code -Dbrowser.tests.required=true} (CI), in which case it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserTest.Available.class)
public @interface BrowserTest {

  Path CHROMIUM = Path.of("/usr/bin/chromium");
  Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final class Available implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
        return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
      }
      String message = CHROMIUM + " or " + CHROMEDRIVER + " missing: browser tests skipped."
          + " Install Debian's chromium and chromium-driver packages (.ci/run does).";
      if (Boolean.getBoolean("browser.tests.required")) {
        throw new IllegalStateException(message.replace("skipped", "REQUIRED but cannot run"));
      }
      return ConditionEvaluationResult.disabled(message);
    }
  }
}
