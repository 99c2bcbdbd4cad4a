package kz.migration.refugee.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person in a browser gets when a page fails: a Russian page with the product's header, saying what
 * happened and what to do, instead of problem details or Spring's whitelabel page. Machine clients keep their
 * JSON: the domain API and engine REST always, any other address unless it is one of the product's pages or the
 * request asks for HTML.
 * <p>
 * Two ways lead here: {@link ProblemDetailsAdvice} for what a controller throws, and, as the container's error view,
 * every answer decided before or beside Spring MVC's handlers (Spring Security's 403, Spring's own 400, 404 and 405,
 * an exception no handler took). The page quotes no exception text; a server error shows only the reference under
 * which the log holds it.
 */
@Component
class ErrorPages implements ErrorViewResolver {

  static final String VIEW = "shared/error";
  /** The model attribute the page reads. */
  static final String ATTRIBUTE = "failure";
  /** A filter's refused parameters (name → why), for the page it leaves to the container's error dispatch. */
  static final String INVALID_PARAMETERS = ErrorPages.class.getName() + ".invalid";

  /** What the page says. {@code framed}: shown in Tasklist's «Дело» tab, which has its own header. */
  record Failure(String heading, String message, boolean framed) {}

  private final ErrorAttributes errorAttributes;

  ErrorPages(ErrorAttributes errorAttributes) {
    this.errorAttributes = errorAttributes;
  }

  /**
   * A person's browser on a page: one of the product's pages (the case pages, the search, the API's
   * {@code .html} pages) unless the request asks for JSON only; any other address outside the domain API and
   * engine REST if it asks for HTML.
   */
  static boolean wantsPage(HttpServletRequest request) {
    String path = path(request);
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      return false;
    }
    List<MediaType> accepted = accepted(request);
    boolean html = accepted.stream().anyMatch(t -> t.equalsTypeAndSubtype(MediaType.TEXT_HTML)
        || t.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML));
    if (path.startsWith("/cases/") || path.equals("/search") || (path.startsWith("/api/") && path.endsWith(".html"))) {
      return html || accepted.stream().noneMatch(t -> t.getSubtype().equals("json") || t.getSubtype().endsWith("+json"));
    }
    return html && !path.startsWith("/api/");
  }

  /** The page for a problem the advice decided: its status, the parameters it names, the log's reference. */
  static ModelAndView page(HttpServletRequest request, HttpStatusCode status, Map<String, String> invalid,
      String reference) {
    ModelAndView page = new ModelAndView(VIEW);
    page.setStatus(status);
    page.addObject(ATTRIBUTE, failure(status.value(), invalid, reference, request.getParameter("framed") != null));
    page.addObject(PageHeader.ATTRIBUTE, PageHeader.of(SecurityContextHolder.getContext().getAuthentication()));
    return page;
  }

  /** A filter's refusal of query parameters, shown by the error dispatch ({@link #resolveErrorView}). */
  static void refuseParameters(HttpServletRequest request, HttpServletResponse response, Map<String, String> invalid)
      throws IOException {
    request.setAttribute(INVALID_PARAMETERS, invalid);
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  /** The container's error dispatch, for requests that ask for HTML; null leaves the others to Spring Boot. */
  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    if (!wantsPage(request)) {
      return null;
    }
    Throwable error = errorAttributes.getError(new ServletWebRequest(request));
    String reference = status.is5xxServerError() ? ProblemDetailsAdvice.logUnexpected(error) : null;
    return page(request, status, invalidParameters(request, error), reference);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> invalidParameters(HttpServletRequest request, Throwable error) {
    if (request.getAttribute(INVALID_PARAMETERS) instanceof Map<?, ?> invalid) {
      return (Map<String, String>) invalid;
    }
    if (error instanceof MissingServletRequestParameterException missing) {
      return Map.of(missing.getParameterName(), "не указан");
    }
    if (error instanceof MethodArgumentTypeMismatchException mismatch) {
      return Map.of(mismatch.getName(), "неверное значение");
    }
    return Map.of();
  }

  private static Failure failure(int status, Map<String, String> invalid, String reference, boolean framed) {
    return switch (status) {
      case 400 -> new Failure("Неверный запрос", "Неверный запрос: " + (invalid.isEmpty()
          ? "адрес страницы или его параметры неверны" : parameters(invalid))
          + ". Исправьте адрес или вернитесь на предыдущую страницу.", framed);
      case 401 -> new Failure("Нужен вход", "Нужен вход в систему: войдите и откройте страницу снова.", framed);
      case 403 -> new Failure("Нет доступа", "Нет доступа: ваша роль не позволяет открыть эту страницу. "
          + "Если она нужна вам для работы, обратитесь к администратору.", framed);
      case 404 -> new Failure("Не найдено", "Не найдено: страницы, дела или задачи по этому адресу нет "
          + "или она вам недоступна. Проверьте адрес или найдите дело через поиск.", framed);
      case 405 -> new Failure("Запрос не поддерживается", "Запрос не поддерживается: эту страницу можно только "
          + "открыть по ссылке.", framed);
      case 409 -> new Failure("Конфликт", "Конфликт: дело или задача только что изменены другим пользователем; "
          + "обновите страницу.", framed);
      default -> status >= 500
          ? new Failure("Внутренняя ошибка сервера",
              "Внутренняя ошибка сервера; сообщите администратору код " + reference + ".", framed)
          : new Failure("Запрос не выполнен", "Запрос не выполнен (код " + status + "): вернитесь на предыдущую "
              + "страницу и повторите.", framed);
    };
  }

  private static String parameters(Map<String, String> invalid) {
    return invalid.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> "параметр «" + e.getKey() + "» — " + e.getValue()).collect(Collectors.joining("; "));
  }

  /** The address asked for: on the container's error dispatch, the one that failed, not {@code /error}. */
  private static String path(HttpServletRequest request) {
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failed instanceof String s ? s : request.getRequestURI();
    return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
  }

  private static List<MediaType> accepted(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    try {
      return accept == null ? List.of() : MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return List.of();
    }
  }
}
