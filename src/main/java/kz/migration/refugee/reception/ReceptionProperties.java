package kz.migration.refugee.reception;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the accommodation records ({@code refugee.reception.*}).
 *
 * @param maxCapacity the most places a centre may be entered with (a typing error of a zero too many is refused)
 * @param maxDaysAhead how far ahead a placement or a leaving may be dated (arrivals are booked a few days ahead)
 */
@ConfigurationProperties("refugee.reception")
record ReceptionProperties(Integer maxCapacity, Integer maxDaysAhead) {

  ReceptionProperties {
    maxCapacity = maxCapacity == null ? 2000 : maxCapacity;
    maxDaysAhead = maxDaysAhead == null ? 30 : maxDaysAhead;
  }
}
