package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A browser's session with Tasklist: logged in at the product's login page, its cookies and the webapps' CSRF
 * token every modifying request to their API must carry.
 */
record TasklistSession(int port, HttpClient client, String token) {

  /** Tasklist's own engine API (not engine REST). */
  static final String API = "/camunda/api/engine/engine/default";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  static TasklistSession login(int port, String user) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var login = loginForm(port, client, user, "demo");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    // the webapps' pages hand out their CSRF token (the welcome page to every role; Tasklist's only to its users)
    var page = client.send(request(port, "/camunda/app/welcome/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    assertThat(page.statusCode()).isEqualTo(200);
    return new TasklistSession(port, client, page.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
  }

  /** The product's login form as a browser sends it: the page first (HTTP session, CSRF token), then the form. */
  static HttpResponse<String> loginForm(int port, HttpClient client, String user, String password) throws Exception {
    var page = client.send(request(port, "/login").GET().build(), HttpResponse.BodyHandlers.ofString());
    var token = CSRF.matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    return client.send(request(port, "/login").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return send("POST", path, json);
  }

  HttpResponse<String> put(String path, String json) throws Exception {
    return send("PUT", path, json);
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    return client.send(request(port, path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }
}
