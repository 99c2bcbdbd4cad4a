package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CMMN resources of the engine REST answer 404: CMMN is switched off ({@code cmmn-enabled: false}), so its
 * tables do not exist and a query would fail with a server error.
 */
class EngineRestGuard extends OncePerRequestFilter {

  private static final Pattern CMMN = Pattern.compile("^(/engine/[^/]+)?/case-[a-z-]+(/.*)?$");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length() + "/engine-rest".length());
    if (CMMN.matcher(path).matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
