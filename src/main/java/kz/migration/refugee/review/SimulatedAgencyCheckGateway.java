package kz.migration.refugee.review;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stands in for the police and national-security systems until they are connected: answers "no
 * records" after a configurable delay, and fails at a configurable rate to exercise retries and incidents.
 */
@Component
@ConditionalOnProperty(name = "refugee.agency-checks.adapter", havingValue = "simulated", matchIfMissing = true)
class SimulatedAgencyCheckGateway implements AgencyCheckGateway {

  private final Duration delay;
  private final double failureRate;

  SimulatedAgencyCheckGateway(@Value("${refugee.agency-checks.simulated.delay:PT0.2S}") Duration delay,
      @Value("${refugee.agency-checks.simulated.failure-rate:0.0}") double failureRate) {
    this.delay = delay;
    this.failureRate = failureRate;
  }

  @Override
  public AgencyReply check(Agency agency, String caseNumber) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("agency check interrupted", e);
    }
    if (ThreadLocalRandom.current().nextDouble() < failureRate) {
      throw new IllegalStateException("no reply from " + agency + " (simulated outage)");
    }
    return new AgencyReply(agency.name().charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 8), false,
        "Сведений, препятствующих рассмотрению ходатайства, не имеется");
  }
}
