package kz.migration.refugee.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted by source address, on every login path (see {@link LoginThrottleFilter}). After
 * {@code max-failures} within {@code window} from one address, its further attempts are refused until the
 * window has passed. Camunda's own per-user delay slows guessing of one account from many addresses; this
 * stops one address from guessing many accounts, or from keeping one account in its delay. Counted in this
 * node's memory: each node of a cluster counts its own share.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  /** Above this many tracked addresses, expired windows are swept before a new one is opened. */
  private static final int SWEEP_ABOVE = 10_000;

  private final int maxFailures;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  private static final class Window {
    final long start;
    int failures;

    Window(long start) {
      this.start = start;
    }
  }

  @Autowired
  LoginThrottle(@Value("${refugee.login-throttle.max-failures}") int maxFailures,
      @Value("${refugee.login-throttle.window}") Duration window) {
    this(maxFailures, window, System::nanoTime);
  }

  LoginThrottle(int maxFailures, Duration window, LongSupplier nanoTime) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("refugee.login-throttle: max-failures >= 1 and a positive window");
    }
    this.maxFailures = maxFailures;
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Seconds until the address may try again, if it is refused now. */
  OptionalLong retryAfter(String address) {
    Window w = windows.get(key(address));
    if (w == null) {
      return OptionalLong.empty();
    }
    synchronized (w) {
      long left = w.start + windowNanos - nanoTime.getAsLong();
      if (left <= 0 || w.failures < maxFailures) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(Math.max(1, (left + 999_999_999L) / 1_000_000_000L));
    }
  }

  void failed(String address) {
    long now = nanoTime.getAsLong();
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(w -> now - w.start >= windowNanos);
    }
    String key = key(address);
    Window w = windows.compute(key, (k, old) -> old == null || now - old.start >= windowNanos ? new Window(now) : old);
    synchronized (w) {
      if (++w.failures == maxFailures) {
        log.warn("{} failed logins from {}: its further logins are refused until the window of {} s has passed",
            maxFailures, key, windowNanos / 1_000_000_000L);
      }
    }
  }

  /** An IPv6 client controls at least a /64, so its addresses count together. */
  static String key(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return String.valueOf(address);
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
      }
      return prefix.append(":/64").toString();
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
