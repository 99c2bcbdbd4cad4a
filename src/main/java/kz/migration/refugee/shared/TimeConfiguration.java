package kz.migration.refugee.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfiguration {

  /** The department's local time; tests replace it to move through deadlines. */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
