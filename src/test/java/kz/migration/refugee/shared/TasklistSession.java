package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser's session with Tasklist: its cookies and the CSRF token every modifying request must carry. */
record TasklistSession(int port, HttpClient client, String token) {

  /** Tasklist's own engine API (not engine REST). */
  static final String API = "/camunda/api/engine/engine/default";

  static TasklistSession login(int port, String user) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var page = client.send(request(port, "/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    var login = client.send(request(port, "/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session, with a new token: the next page hands it out
    var after = client.send(request(port, "/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.discarding());
    return new TasklistSession(port, client, after.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
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

  private static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }
}
