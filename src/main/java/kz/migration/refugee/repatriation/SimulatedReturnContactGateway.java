package kz.migration.refugee.repatriation;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stands in for the origin countries' migration services, UNHCR and IOM until they are connected: accepts
 * a request after a configurable delay and answers a reference, and fails at a configurable rate to
 * exercise retries and incidents. Replies are recorded through the API ({@code /api/cases/{n}/voluntary-return}).
 */
@Component
@ConditionalOnProperty(name = "refugee.voluntary-return.adapter", havingValue = "simulated", matchIfMissing = true)
class SimulatedReturnContactGateway implements ReturnContactGateway {

  private final Duration delay;
  private final double failureRate;

  SimulatedReturnContactGateway(@Value("${refugee.voluntary-return.simulated.delay:PT0.2S}") Duration delay,
      @Value("${refugee.voluntary-return.simulated.failure-rate:0.0}") double failureRate) {
    this.delay = delay;
    this.failureRate = failureRate;
  }

  @Override
  public String request(ContactRequest request) {
    pause(request.body());
    return request.body().name().charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public void remind(ContactBody body, String returnReference, String bodyReference) {
    pause(body);
  }

  private void pause(ContactBody body) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("request to " + body + " interrupted", e);
    }
    if (ThreadLocalRandom.current().nextDouble() < failureRate) {
      throw new IllegalStateException("no answer from " + body + " (simulated outage)");
    }
  }
}
