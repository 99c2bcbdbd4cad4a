package kz.migration.refugee.shared;

import kz.migration.refugee.ApplicationTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's web hygiene: cross-site writes refused, bodies only of the types an endpoint takes, security
 * headers with a Content-Security-Policy that still lets the product's pages run, problem details instead of
 * server errors for odd requests.
 */
@ApplicationTest
class WebHygieneTest {

  @LocalServerPort int port;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void crossSiteWritesAreRefusedWith403() throws Exception {
    var fromElsewhere = send(post("/api/petitions", "application/json", "{}").header("Origin", "https://evil.example"));
    assertThat(fromElsewhere.statusCode()).isEqualTo(403);
    assertThat(fromElsewhere.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(fromElsewhere.body()).contains("urn:problem:cross-site-request");
    assertThat(send(post("/api/rechecks/runs", null, null).header("Sec-Fetch-Site", "cross-site")).statusCode())
        .isEqualTo(403);
    assertThat(send(post("/api/rechecks/runs", null, null).header("Sec-Fetch-Site", "same-site")).statusCode())
        .isEqualTo(403);
    // the application's own pages may write; the answer is then the endpoint's own (400 for an empty petition)
    assertThat(send(post("/api/petitions", "application/json", "{}").header("Origin", "http://localhost:" + port)
        .header("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(400);
    // a page whose referrer policy hides its origin sends "Origin: null": the browser's own Sec-Fetch-Site decides,
    // and without it an origin that is not ours is refused
    assertThat(send(post("/api/petitions", "application/json", "{}").header("Origin", "null")
        .header("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(400);
    assertThat(send(post("/api/petitions", "application/json", "{}").header("Origin", "null")).statusCode())
        .isEqualTo(403);
    assertThat(send(post("/api/petitions", "application/json", "{}").header("Origin", "null")
        .header("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
  }

  @Test
  void simpleRequestBodiesAreRefusedWith415() throws Exception {
    // what a cross-site form or no-cors fetch can send
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/*", "*/*", "application/json/x"}) {
      var answer = send(post("/api/petitions", type, "{}"));
      assertThat(answer.statusCode()).as(type).isEqualTo(415);
      assertThat(answer.body()).as(type).contains("urn:problem:unsupported-media-type");
    }
    var noType = send(HttpRequest.newBuilder(url("/api/cases/RS-2026-000001/appeals")).header("Authorization", basic("caseworker"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(noType.statusCode()).isEqualTo(415);
    // the caseload upload takes its file types, and only there
    assertThat(send(post("admin", "/api/import/caseload", "text/csv", "x")).statusCode()).isEqualTo(400);
    assertThat(send(post("admin", "/api/import/caseload", "text/plain", "x")).statusCode()).isEqualTo(415);
  }

  @Test
  void aNulInATextFieldOrParameterIs400NotAServerError() throws Exception {
    var body = send(post("/api/cases/RS-2026-000001/appeals", "application/json",
        "{\"lodgedOn\": \"2026-01-01\", \"grounds\": \"a\\u0000b\"}"));
    assertThat(body.statusCode()).isEqualTo(400);
    assertThat(body.body()).contains("grounds");
    var query = send(HttpRequest.newBuilder(url("/api/registry/persons?q=a%00b")).header("Authorization", basic("caseworker")).GET());
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(query.body()).contains("\"q\"");
  }

  @Test
  void aMalformedCaseNumberInAPathIsNotFoundLikeAnUnknownOne() throws Exception {
    for (String path : new String[] {"/api/registry/cases/RS-26-1", "/api/petitions/RS-26-1",
        "/api/cases/RS-26-1/decisions", "/api/cases/RS-26-1/rechecks", "/api/cases/RS-26-1/voluntary-return"}) {
      var answer = send(HttpRequest.newBuilder(url(path)).header("Authorization", basic("caseworker")).GET());
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("urn:problem:not-found", "case not found: RS-26-1");
    }
  }

  @Test
  void theErrorPathIsNotFound() throws Exception {
    for (String path : new String[] {"/error", "/error/x"}) {
      var answer = send(HttpRequest.newBuilder(url(path)).GET());
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("urn:problem:not-found");
    }
  }

  @Test
  void apiAnswersCarryReferrerPermissionsAndContentSecurityPolicies() throws Exception {
    var json = send(HttpRequest.newBuilder(url("/api/rechecks/runs")).header("Authorization", basic("manager")).GET());
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(json.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    String policy = json.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
    assertThat(policy.replaceAll(".*script-src([^;]*);.*", "$1")).doesNotContain("unsafe");
  }

  @Test
  void thePagesInlineScriptsAndStylesAreAllowedByHashAndEChartsFromThisOrigin() throws Exception {
    for (String[] page : new String[][] {{"/api/audit/decisions.html", "audit/decisions.html"},
        {"/api/statistics/dashboard.html", "reporting/dashboard.html"}, {"/login", LoginPage.RESOURCE}}) {
      var answer = send(HttpRequest.newBuilder(url(page[0])).header("Authorization", basic("manager")).GET());
      assertThat(answer.statusCode()).isEqualTo(200);
      String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
      // the page as served: the template engine must leave its inline blocks as the policy hashed them
      String html = answer.body();
      if (!page[0].equals("/login")) {
        assertThat(html).contains("class=\"product-header\"", "/camunda/app/tasklist/default/");
      }
      for (String tag : new String[] {"script", "style"}) {
        var blocks = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html);
        int found = 0;
        while (blocks.find()) {
          found++;
          String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
              .digest(blocks.group(1).getBytes(StandardCharsets.UTF_8)));
          assertThat(policy).as(page[0] + " " + tag).contains("'sha256-" + hash + "'");
        }
        if (!(tag.equals("script") && page[0].equals("/login"))) { // the login page has no script at all
          assertThat(found).as(page[0] + " " + tag).isPositive();
        }
      }
      assertThat(policy).contains("script-src 'self'", "connect-src 'self'");
    }
    var echarts = send(HttpRequest.newBuilder(url("/webjars/echarts/5.3.1/dist/echarts.min.js")).GET());
    assertThat(echarts.statusCode()).isEqualTo(200);
  }

  private HttpRequest.Builder post(String path, String contentType, String body) {
    return post("manager", path, contentType, body);
  }

  private HttpRequest.Builder post(String user, String path, String contentType, String body) {
    var request = HttpRequest.newBuilder(url(path)).header("Authorization", basic(user))
        .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return contentType == null ? request : request.header("Content-Type", contentType);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
