package kz.migration.refugee.recheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The daily recheck pass ({@code refugee.recheck.schedule}; "-" switches it off) and passes started on request. */
@Configuration
@EnableScheduling
class RecheckConfiguration {

  /** One pass at a time from this node; a request while one runs is refused (the running pass covers it). */
  @Bean
  ThreadPoolTaskExecutor recheckRunExecutor() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(0);
    executor.setThreadNamePrefix("recheck-run-");
    return executor;
  }
}
