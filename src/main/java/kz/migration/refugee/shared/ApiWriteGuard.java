package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The domain API authenticates with HTTP basic, which a browser caches and sends along with any request to
 * the site, also one another site makes it send (a form, a no-cors fetch). Such cross-site "simple" requests
 * cannot carry JSON, and browsers mark them with {@code Origin} and {@code Sec-Fetch-Site}: a write
 * (POST, PUT, PATCH, DELETE) is refused (403) when either names another site, and its body must be JSON,
 * or one of the few other types an endpoint takes (415). Query parameters with control characters are
 * refused (400): the database would fail on a NUL; a browser on the API's pages gets the Russian error page.
 * The case page's forms (a note, a file, specific needs, a best-interests note) are guarded the same way in their
 * own chain.
 */
class ApiWriteGuard extends OncePerRequestFilter {

  private static final String CONTROL_CHARACTERS = "управляющие символы не допускаются";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  /**
   * Bodies other than JSON, by path: the caseload file as CSV or as an upload; a case's evidence as an upload; the case
   * page's forms (a note, a file, specific needs, a best-interests note, placements) and the centres' page.
   */
  private static final Map<Pattern, Set<String>> OTHER_BODIES = Map.of(
      Pattern.compile("/api/import/caseload"), Set.of("text/csv", "multipart/form-data"),
      Pattern.compile("/api/cases/[^/]+/attachments"), Set.of("multipart/form-data"),
      Pattern.compile("/cases/[^/]+/attachments"), Set.of("multipart/form-data"),
      Pattern.compile("/cases/[^/]+/notes"), Set.of("application/x-www-form-urlencoded"),
      Pattern.compile("/cases/[^/]+/persons/[^/]+/specific-needs"), Set.of("application/x-www-form-urlencoded"),
      Pattern.compile("/cases/[^/]+/best-interests-note"), Set.of("application/x-www-form-urlencoded"),
      Pattern.compile("/cases/[^/]+/placements(/[^/]+/end)?"), Set.of("application/x-www-form-urlencoded"),
      Pattern.compile("/centres(/[^/]+)?"), Set.of("application/x-www-form-urlencoded"));

  private final List<String> allowedOrigins;
  private final boolean writesOnly;

  ApiWriteGuard(List<String> allowedOrigins) {
    this(allowedOrigins, false);
  }

  /** For the case pages: their writes only (the pages check their own parameters). */
  static ApiWriteGuard writesOnly(List<String> allowedOrigins) {
    return new ApiWriteGuard(allowedOrigins, true);
  }

  private ApiWriteGuard(List<String> allowedOrigins, boolean writesOnly) {
    this.writesOnly = writesOnly;
    this.allowedOrigins = allowedOrigins.stream().filter(o -> !o.isBlank())
        .map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String badParameter = writesOnly ? null : controlCharacterParameter(request.getQueryString());
    if (badParameter != null) {
      Map<String, String> errors = Map.of(badParameter, CONTROL_CHARACTERS);
      if (ErrorPages.wantsPage(request)) { // the API's own pages (dashboard, audit) in a browser
        ErrorPages.refuseParameters(request, response, errors);
      } else {
        Problems.write(response, 400, "urn:problem:invalid-input", "Invalid input", "Invalid fields: " + badParameter,
            errors);
      }
      return;
    }
    if (!WRITES.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String site = request.getHeader("Sec-Fetch-Site");
    String origin = request.getHeader("Origin");
    // Sec-Fetch-Site, where a browser sends it, is its own verdict; Origin is the older browsers' one
    boolean crossSite = site != null ? !site.equals("same-origin") && !site.equals("none")
        : origin != null && !ownOrigin(request, origin);
    if (crossSite) {
      Problems.write(response, 403, "urn:problem:cross-site-request", "Cross-site request refused",
          "Writes to the API are accepted only from this application's own pages or from non-browser clients.", null);
      return;
    }
    String contentType = request.getContentType();
    if (contentType == null ? hasBody(request) : !accepted(request, contentType)) {
      Problems.write(response, 415, "urn:problem:unsupported-media-type", "Unsupported media type",
          "Send the body as application/json" + otherBodies(request) + ".", null);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean ownOrigin(HttpServletRequest request, String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
        || ("https".equals(request.getScheme()) && port == 443);
    String own = (request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port))
        .toLowerCase(Locale.ROOT);
    return o.equals(own) || allowedOrigins.contains(o);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static boolean accepted(HttpServletRequest request, String contentType) {
    MediaType type;
    try {
      type = MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    if (type.isWildcardType() || type.isWildcardSubtype()) {
      return false;
    }
    if (type.getType().equals("application")
        && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return true;
    }
    return otherBodiesOf(request).contains(type.getType() + "/" + type.getSubtype());
  }

  private static String otherBodies(HttpServletRequest request) {
    Set<String> other = otherBodiesOf(request);
    return other.isEmpty() ? "" : " or " + String.join(", ", other.stream().sorted().toList());
  }

  private static Set<String> otherBodiesOf(HttpServletRequest request) {
    String path = path(request);
    return OTHER_BODIES.entrySet().stream().filter(e -> e.getKey().matcher(path).matches()).findFirst()
        .map(Map.Entry::getValue).orElse(Set.of());
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The name of the first query parameter whose name or value holds a control character, else null. */
  static String controlCharacterParameter(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return "query";
      }
      if (InputText.hasControlCharacter(name) || InputText.hasControlCharacter(value)) {
        return InputText.hasControlCharacter(name) ? "query" : name;
      }
    }
    return null;
  }
}
