package kz.migration.refugee.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The product's one login page (and the page confirming a logout), for the webapps, the product's pages and the
 * domain API in a browser. Plain server-rendered HTML without script; its style block is allowed by its hash
 * ({@link PagePolicy}). A failed login is answered 401 with the page again, so that {@link LoginThrottleFilter}
 * counts it like a failed HTTP basic login.
 */
@Controller
class LoginPage implements AuthenticationFailureHandler {

  static final String RESOURCE = "login/login.html";
  static final String WRONG_CREDENTIALS = "Неверное имя пользователя или пароль";
  private static final String TEMPLATE = read();

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> login(HttpServletRequest request, CsrfToken csrf,
      @RequestParam(required = false) String logout) {
    String notice = logout == null ? "" : "<div class=\"notice\" role=\"status\">Вы вышли из системы.</div>";
    return html(loginPage(request.getContextPath(), csrf, notice));
  }

  @GetMapping(value = "/logout", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> logout(HttpServletRequest request, CsrfToken csrf) {
    return html(page("Выход", "<p>Завершить работу во всех приложениях системы?</p>",
        "<form method=\"post\" action=\"" + request.getContextPath() + "/logout\">" + hidden(csrf)
            + "<button type=\"submit\">Выйти</button></form>"));
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    write(response, HttpServletResponse.SC_UNAUTHORIZED, loginPage(request.getContextPath(), csrf,
        "<div class=\"error\" role=\"alert\">" + WRONG_CREDENTIALS + "</div>"));
  }

  /** The answer to a login form sent from an address that is throttled: no form, only when to try again. */
  static void writeThrottled(HttpServletRequest request, HttpServletResponse response, long seconds)
      throws IOException {
    write(response, 429, page("Вход", "<div class=\"error\" role=\"alert\">Слишком много неудачных попыток входа "
        + "с этого адреса; повторите через " + seconds + " с.</div>",
        "<p><a href=\"" + request.getContextPath() + "/login\">Вернуться ко входу</a></p>"));
  }

  private static String loginPage(String contextPath, CsrfToken csrf, String message) {
    return page("Вход", message, "<form method=\"post\" action=\"" + contextPath + "/login\">" + hidden(csrf)
        + "<label><span>Имя пользователя</span><input name=\"username\" autocomplete=\"username\" required autofocus"
        + " placeholder=\"Имя пользователя\"></label>"
        + "<label><span>Пароль</span><input type=\"password\" name=\"password\" autocomplete=\"current-password\""
        + " required placeholder=\"Пароль\"></label>"
        + "<button type=\"submit\">Войти</button></form>");
  }

  private static String hidden(CsrfToken csrf) {
    return csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
        + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
  }

  private static String page(String heading, String message, String form) {
    return TEMPLATE.replace("{{heading}}", heading).replace("{{message}}", message).replace("{{form}}", form);
  }

  private static ResponseEntity<String> html(String page) {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store").body(page);
  }

  private static void write(HttpServletResponse response, int status, String page) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(page);
  }

  private static String read() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }
}
