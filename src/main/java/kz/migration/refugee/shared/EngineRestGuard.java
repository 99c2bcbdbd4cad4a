package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes what Camunda's engine REST authentication leaves open, behind it in the filter chain:
 * <ul>
 *   <li>{@code GET /engine-rest/engine} (the list of engine names), which that filter lets through without
 *       credentials, now requires a valid login like everything else;</li>
 *   <li>the CMMN resources answer 404: CMMN is switched off ({@code cmmn-enabled: false}), so its tables do
 *       not exist and a query would fail with a server error.</li>
 * </ul>
 */
class EngineRestGuard extends OncePerRequestFilter {

  private static final Pattern CMMN = Pattern.compile("^(/engine/[^/]+)?/case-[a-z-]+(/.*)?$");

  private final IdentityService identity;

  EngineRestGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length() + "/engine-rest".length());
    if ((path.equals("/engine") || path.equals("/engine/")) && !validLogin(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"default\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (CMMN.matcher(path).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean validLogin(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 && identity.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
