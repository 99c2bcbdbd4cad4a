package kz.migration.refugee.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stands in for the national fingerprint records system until it is connected: answers a reference such as
 * {@code DR-2026-000123}, the same one again for a person sent twice.
 */
@Component
@ConditionalOnProperty(name = "refugee.fingerprinting.adapter", havingValue = "simulated", matchIfMissing = true)
class SimulatedFingerprintRegistry implements FingerprintRegistry {

  private final Clock clock;
  private final AtomicLong serial = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000));
  private final Map<Long, String> references = new ConcurrentHashMap<>();

  SimulatedFingerprintRegistry(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String register(Submission submission) {
    return references.computeIfAbsent(submission.personId(), person ->
        "DR-%d-%06d".formatted(LocalDate.now(clock).getYear(), serial.incrementAndGet() % 1_000_000));
  }
}
