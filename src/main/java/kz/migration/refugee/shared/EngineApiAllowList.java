package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second wall in front of the engine's generic API: engine REST ({@code /engine-rest}) and the webapps' API
 * ({@code /camunda/api/engine}) answer only the operations listed in {@code security/engine-api.txt}, per role;
 * anything else is 403 before the engine sees it. Paths are normalised first (engine name prefix, trailing slash),
 * and ambiguous spellings (matrix parameters, encoded slashes or dots, empty segments) are refused outright.
 */
@Configuration
class EngineApiAllowList {

  static final String RESOURCE = "security/engine-api.txt";
  private static final Pattern AMBIGUOUS = Pattern.compile("(?i);|%2f|%5c|%2e|%00|//|/\\.\\.?(/|$)");

  record Rule(String method, Pattern path, Set<String> roles, String text) {
    boolean matches(String method, String path) {
      return this.method.equals(method) && this.path.matcher(path).matches();
    }

    boolean allows(List<String> groups) {
      return roles.contains("*") || groups.stream().anyMatch(roles::contains);
    }
  }

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        String regex = Pattern.quote(parts[1]).replace("{}", "\\E[^/]+\\Q").replace("/**", "\\E(/.*)?\\Q");
        rules.add(new Rule(parts[0], Pattern.compile(regex),
            Set.of(java.util.Arrays.copyOfRange(parts, 2, parts.length)), parts[0] + " " + parts[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }

  /** The path relative to the engine, or null when the request's path is ambiguous. */
  static String enginePath(String requestUri, String contextPath) {
    String uri = requestUri.substring(contextPath.length());
    if (AMBIGUOUS.matcher(uri).find()) {
      return null;
    }
    String path = uri.startsWith("/engine-rest") ? uri.substring("/engine-rest".length())
        : uri.substring("/camunda/api/engine".length());
    if (path.matches("/engine/[^/]+(/.*)?")) {
      path = path.substring(path.indexOf('/', "/engine/".length()) < 0 ? path.length()
          : path.indexOf('/', "/engine/".length()));
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? "/engine" : path;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineApiAllowListFilter(IdentityService identity) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(identity, rules()));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("engine-api-allow-list");
    // after engine REST's authentication (LOWEST_PRECEDENCE - 100), before the resources
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 95);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {
    private final IdentityService identity;
    private final List<Rule> rules;

    Filter(IdentityService identity, List<Rule> rules) {
      this.identity = identity;
      this.rules = rules;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = enginePath(request.getRequestURI(), request.getContextPath());
      if (path == null) {
        deny(response, HttpServletResponse.SC_BAD_REQUEST, "Неоднозначный путь запроса");
        return;
      }
      List<String> groups = groups(request);
      if (groups == null) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
          response.setHeader("WWW-Authenticate", "Basic realm=\"default\"");
        }
        // the webapps log in at the product's login page: a Basic challenge would open the browser's login dialog
        deny(response, HttpServletResponse.SC_UNAUTHORIZED, "Требуется вход");
        return;
      }
      String method = request.getMethod().toUpperCase(Locale.ROOT);
      if (rules.stream().noneMatch(r -> r.matches(method, path) && r.allows(groups))) {
        // no path in the message: the webapps show it to the user, and the path carries engine ids
        deny(response, HttpServletResponse.SC_FORBIDDEN, "Операция не входит в перечень операций, разрешённых вашей роли");
        return;
      }
      chain.doFilter(request, response);
    }

    /** The caller's groups, or null when nobody is logged in. */
    private List<String> groups(HttpServletRequest request) {
      if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest")) {
        var auth = identity.getCurrentAuthentication();
        return auth == null || auth.getUserId() == null ? null
            : auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
      }
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      if (authentications == null || authentications.getAuthentications().isEmpty()) {
        return null;
      }
      List<String> groups = new ArrayList<>();
      for (UserAuthentication user : authentications.getAuthentications()) {
        if (user.getGroupIds() != null) {
          groups.addAll(user.getGroupIds());
        }
      }
      return groups;
    }

    private static void deny(HttpServletResponse response, int status, String message) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"" + message.replace("\"", "'")
          + "\"}");
    }
  }
}
