package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.migration.refugee.ApplicationTest;
import kz.migration.refugee.registry.CaseSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * A person in a browser whose page fails gets a Russian page in the product's look, with the answer's status and
 * without anything of the failure's cause; the domain API and machine clients keep their JSON.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

  /** What a browser sends when it navigates to a page. */
  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final String JSON = "application/json";
  /** Stands for a failure whose message, as some libraries' do, carries a person's data. */
  private static final String PERSONAL = "Кабулова Зарина, паспорт QX7781234";
  private static final Pattern REFERENCE = Pattern.compile("сообщите администратору код ([0-9a-f-]{36})");

  @LocalServerPort int port;
  /** The shared context's spy ({@link ApplicationTest}): passes every call on unless told otherwise here. */
  @Autowired CaseSearch search;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aServerErrorOnAPageIsARussianPageWithTheReferenceOfTheLogEntryAndNothingOfItsCause(CapturedOutput log)
      throws Exception {
    String handled = "Сбой" + System.nanoTime();
    doThrow(new IllegalStateException("unexpected state for " + PERSONAL)).when(search).searchPersons(eq(handled), anyInt());
    var page = get("caseworker", "/search?q=" + encode(handled), BROWSER);
    String reference = serverErrorPage(page);
    assertThat(log.getAll()).contains("Unexpected error, reference " + reference);

    // a programming error the page did not expect: the same page, with a reference of its own
    String unhandled = "Сбой" + System.nanoTime();
    doThrow(new IllegalArgumentException("bad argument for " + PERSONAL)).when(search).searchPersons(eq(unhandled), anyInt());
    var escaped = get("caseworker", "/search?q=" + encode(unhandled), BROWSER);
    String other = serverErrorPage(escaped);
    assertThat(other).isNotEqualTo(reference);
    assertThat(log.getAll()).contains("Unexpected error, reference " + other);
    // the log keeps where it failed, not the values it failed on
    assertThat(log.getAll()).contains("java.lang.IllegalStateException", "java.lang.IllegalArgumentException")
        .doesNotContain("Кабулова", "QX7781234");

    // the domain API's search, failing alike: problem details as ever, also for a client that accepts HTML
    var api = get("caseworker", "/api/registry/persons?q=" + encode(handled), BROWSER);
    assertThat(api.statusCode()).isEqualTo(500);
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(api.body()).contains("urn:problem:internal-error", "\"reference\"").doesNotContain("Кабулова");
    var apiUnhandled = get("caseworker", "/api/registry/persons?q=" + encode(unhandled), JSON);
    assertThat(apiUnhandled.statusCode()).isEqualTo(500);
    assertThat(apiUnhandled.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
  }

  @Test
  void aRoleThatMayNotOpenAPageGetsTheRussian403Page() throws Exception {
    // a browser logged in at /login, as the demo's administrator
    TasklistSession admin = TasklistSession.login(port, "admin");
    for (String path : new String[] {"/cases/RS-1999-999999", "/cases/RS-1999-999999?framed", "/search?q=x",
        "/api/statistics/dashboard.html", "/api/audit/decisions.html"}) {
      var answer = admin.client().send(HttpRequest.newBuilder(url(path)).header("Accept", BROWSER).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      String page = page(answer, 403, path);
      assertThat(page).as(path).contains("Нет доступа: ваша роль не позволяет открыть эту страницу");
      if (!path.endsWith("?framed")) {
        assertThat(page).as(path).contains("<span class=\"user-name\">Ибраев Марат</span>");
      }
      if (path.startsWith("/cases/")) {
        assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
            .hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'", "frame-ancestors 'self'"));
      }
    }
    // HTTP basic in a browser (the header names the user here too); the role checked by the controller rather than the address (auditors read cases,
    // only case work files them)
    assertThat(page(get("caseworker", "/api/statistics/dashboard.html", BROWSER), 403, "dashboard"))
        .contains("Нет доступа: ", "<span class=\"user-name\">Жумабаева Айгерим</span>");
    assertThat(page(get("auditor", "/cases/filed/latest", BROWSER), 403, "filed"))
        .contains("Нет доступа: ", "<span class=\"user-name\">Оспанова Дана</span>");

    // the domain API, and a client asking for JSON, keep their JSON
    for (String path : new String[] {"/api/petitions/RS-1999-999999", "/cases/RS-1999-999999"}) {
      var json = get("admin", path, JSON);
      assertThat(json.statusCode()).as(path).isEqualTo(403);
      assertThat(json.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).contains("json"));
    }
  }

  @Test
  void aBadParameterIsARussian400PageNamingIt() throws Exception {
    String search = page(get("caseworker", "/search?q=a%00b", BROWSER), 400, "search");
    assertThat(search).contains("Неверный запрос: параметр «q» — управляющие символы не допускаются",
        "<span class=\"user-name\">Жумабаева Айгерим</span>");
    String dashboard = page(get("manager", "/api/statistics/dashboard.html?year=19%00", BROWSER), 400, "dashboard");
    assertThat(dashboard).contains("Неверный запрос: параметр «year» — управляющие символы не допускаются");

    for (String path : new String[] {"/api/registry/persons?q=a%00b", "/api/statistics/monthly?year=x"}) {
      var api = get("manager", path, BROWSER);
      assertThat(api.statusCode()).as(path).isEqualTo(400);
      assertThat(api.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(api.body()).as(path).contains("urn:problem:invalid-input");
    }
    var machine = get("caseworker", "/search?q=a%00b", JSON);
    assertThat(machine.statusCode()).isEqualTo(400);
    assertThat(machine.body()).contains("urn:problem:invalid-input", "\"q\"");
  }

  @Test
  void whatIsNotThereIsARussian404PageWithoutItsHeaderInTasklistsTab() throws Exception {
    assertThat(page(get("caseworker", "/cases/task/no-such-task", BROWSER), 404, "task"))
        .contains("Не найдено: ", "<span class=\"user-name\">Жумабаева Айгерим</span>");
    String framed = page(get("caseworker", "/cases/task/no-such-task?framed", BROWSER), 404, "framed");
    assertThat(framed).doesNotContain("product-header", "/logout");
    assertThat(page(get("caseworker", "/cases/RS-1999-999999/no-such-page", BROWSER), 404, "sub-page"))
        .contains("Не найдено: ");

    var json = get("caseworker", "/cases/task/no-such-task", JSON);
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).contains("urn:problem:not-found");
  }

  @Test
  void aPageIsForABrowserOnTheProductsPagesOrOutsideTheApisAndNeverForEngineRest() {
    assertThat(wantsPage("/cases/RS-2026-000001", BROWSER)).isTrue();
    assertThat(wantsPage("/cases/RS-2026-000001", "*/*")).isTrue();
    assertThat(wantsPage("/cases/RS-2026-000001", null)).isTrue();
    assertThat(wantsPage("/cases/RS-2026-000001", JSON)).isFalse();
    assertThat(wantsPage("/search", "application/problem+json")).isFalse();
    assertThat(wantsPage("/api/audit/decisions.html", BROWSER)).isTrue();
    assertThat(wantsPage("/api/audit/decisions", BROWSER)).isFalse();
    assertThat(wantsPage("/api/statistics/monthly", "*/*")).isFalse();
    assertThat(wantsPage("/engine-rest/task", BROWSER)).isFalse();
    assertThat(wantsPage("/camunda/app/nothing", BROWSER)).isTrue();
    assertThat(wantsPage("/camunda/api/engine/engine/default/task", "application/json, text/plain, */*")).isFalse();
    // the container's error dispatch: the address that failed decides, not /error
    var dispatch = new MockHttpServletRequest("GET", "/error");
    dispatch.addHeader("Accept", BROWSER);
    dispatch.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/petitions");
    assertThat(ErrorPages.wantsPage(dispatch)).isFalse();
    dispatch.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/search");
    assertThat(ErrorPages.wantsPage(dispatch)).isTrue();
  }

  private static boolean wantsPage(String path, String accept) {
    var request = new MockHttpServletRequest("GET", path);
    if (accept != null) {
      request.addHeader("Accept", accept);
    }
    return ErrorPages.wantsPage(request);
  }

  /** The 500 page: its reference, nothing of the exception. */
  private static String serverErrorPage(HttpResponse<String> answer) {
    String page = page(answer, 500, "server error");
    assertThat(page).contains("Внутренняя ошибка сервера; сообщите администратору код ", "Жумабаева Айгерим")
        .doesNotContain("Кабулова", "QX7781234", "IllegalStateException", "IllegalArgumentException",
            "unexpected state", "bad argument", "at kz.");
    Matcher reference = REFERENCE.matcher(page);
    assertThat(reference.find()).as(page).isTrue();
    return reference.group(1);
  }

  /** A product page, in Russian, with the status, no problem details nor Spring's own error page, no inline code. */
  private static String page(HttpResponse<String> answer, int status, String what) {
    assertThat(answer.statusCode()).as(what).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValue("text/html;charset=UTF-8");
    String page = HtmlUtils.htmlUnescape(answer.body());
    assertThat(page).as(what).contains("<html lang=\"ru\"", "/css/product.css", "role=\"alert\"")
        .doesNotContain("Whitelabel", "urn:problem", "Exception", "<script", "<style", "style=");
    if (answer.uri().getQuery() == null || !answer.uri().getQuery().contains("framed")) {
      assertThat(page).as(what).contains("class=\"product-header\"", "/camunda/app/tasklist/default/");
    }
    return page;
  }

  private HttpResponse<String> get(String user, String path, String accept) throws Exception {
    return client.send(HttpRequest.newBuilder(url(path)).header("Accept", accept)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
