package kz.migration.refugee.schooling;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Schooling of refugee children ({@code refugee.schools.*}).
 *
 * @param ageFrom the youngest school age, in years on 1 September of the school year
 * @param ageTo the oldest school age, in years on 1 September of the school year
 * @param referralDue the referral task is due this long after it reaches the task list
 * @param outcomeReminder without an outcome this long after the referral, the caseworkers are reminded
 */
@ConfigurationProperties("refugee.schools")
record SchoolingProperties(Integer ageFrom, Integer ageTo, Period referralDue, Period outcomeReminder) {

  SchoolingProperties {
    ageFrom = ageFrom == null ? 6 : ageFrom;
    ageTo = ageTo == null ? 17 : ageTo;
    referralDue = referralDue == null ? Period.ofDays(5) : referralDue;
    outcomeReminder = outcomeReminder == null ? Period.ofDays(14) : outcomeReminder;
    if (ageFrom < 0 || ageTo < ageFrom) {
      throw new IllegalArgumentException("refugee.schools: age-from must be 0 or more and not above age-to");
    }
  }
}
