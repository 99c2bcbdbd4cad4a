package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every login path under {@link LoginThrottle}: HTTP basic on {@code /api/**}, on {@code /engine-rest/**}, on the
 * metrics and on the API description,
 * and the login form ({@code POST /login}, {@link LoginPage}), which the webapps use too. Runs before Spring
 * Security, so a refused address never reaches a password check (nor Camunda's per-user delay). A login attempt
 * is a request that carries credentials; it failed when it is answered 401 (the form answers a failure so). The address is the connection's, or the one a
 * trusted proxy forwarded (see README, {@code server.forward-headers-strategy}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  static final String[] URL_PATTERNS = {"/api/*", "/engine-rest/*", "/login", "/actuator/*", "/v3/api-docs/*",
      "/swagger-ui/*", "/swagger-ui.html"};

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isLoginAttempt(request)) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    OptionalLong retryAfter = throttle.retryAfter(address);
    if (retryAfter.isPresent()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
      if (isLoginForm(request)) {
        // a person at the login form: the page, with when to try again
        LoginPage.writeThrottled(request, response, retryAfter.getAsLong());
      } else {
        refuse(response, retryAfter.getAsLong());
      }
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(address);
    }
  }

  private static boolean isLoginAttempt(HttpServletRequest request) {
    return isLoginForm(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  private static boolean isLoginForm(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
  }

  private static void refuse(HttpServletResponse response, long seconds) throws IOException {
    Problems.write(response, 429, "urn:problem:too-many-failed-logins", "Too many failed logins",
        // a client may show this to the person at the keyboard
        "Слишком много неудачных попыток входа с этого адреса; повторите через " + seconds + " с.", null);
  }
}
