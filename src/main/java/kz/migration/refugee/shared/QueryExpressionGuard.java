package kz.migration.refugee.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Expressions in task queries and filters are code: the engine evaluates a JUEL expression placed in
 * a query or a saved filter (also inside {@code orQueries}). Camunda 7.24 CE gets no further patches,
 * so every task and filter request to engine REST and to the webapps' API is checked here: only the
 * date and current-user expressions Tasklist's own filters use are let through.
 */
@Configuration
class QueryExpressionGuard {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{[^}]*}?");
  static final Pattern ALLOWED = Pattern.compile(
      "\\$\\{\\s*(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
          + "|dateTime\\(\\)(\\s*\\.\\s*(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(\\s*\\d{1,4}\\s*\\))*"
          + "(\\s*\\.\\s*(withTimeAtStartOfDay|toDate)\\(\\s*\\))*)\\s*}");
  private static final Pattern GUARDED = Pattern.compile("/(task|filter)(/|$)");
  private static final int MAX_BODY = 1 << 20;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> queryExpressionFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Guard());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("query-expression-guard");
    // after authentication, before the REST resources
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /** The first expression that is not allowed, or null. */
  static String forbiddenExpression(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      if (!ALLOWED.matcher(m.group()).matches()) {
        return m.group();
      }
    }
    return null;
  }

  static final class Guard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI();
      String contentType = request.getContentType();
      if (!GUARDED.matcher(path).find() || (contentType != null && contentType.startsWith("multipart/"))) {
        chain.doFilter(request, response);
        return;
      }
      String query = request.getQueryString() == null ? null
          : URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8);
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      String forbidden = forbiddenExpression(query);
      if (forbidden == null) {
        forbidden = forbiddenExpression(new String(body, StandardCharsets.UTF_8).replace("\\u0024", "$").replace("\\u0023", "#"));
      }
      if (forbidden != null) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":"
            + "\"Expressions in task queries and filters are limited to ${currentUser()}, ${currentUserGroups()},"
            + " ${now()} and ${dateTime()...}\"}");
        return;
      }
      chain.doFilter(new CachedBody(request, body), response);
    }
  }

  /** The request with its body, which the guard has already read, readable again. */
  static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
