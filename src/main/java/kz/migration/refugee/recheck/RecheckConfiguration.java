package kz.migration.refugee.recheck;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily recheck pass ({@code refugee.recheck.schedule}; "-" switches it off). */
@Configuration
@EnableScheduling
class RecheckConfiguration {}
