package kz.migration.refugee.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed logins to the domain API are logged with the login name (as typed, hence made safe: see {@link LogText})
 * and address, never the password.
 */
@Component
class FailedLogins {

  private static final Logger log = LoggerFactory.getLogger(FailedLogins.class);

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Object details = event.getAuthentication().getDetails();
    String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    log.warn("failed login for user '{}' from {}: {}", LogText.safe(event.getAuthentication().getName()), address,
        event.getException().getClass().getSimpleName());
  }
}
