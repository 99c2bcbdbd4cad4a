package kz.migration.refugee.shared;

import kz.migration.refugee.OwnContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong passwords from one address are throttled on every login path (429 with Retry-After until the window
 * has passed), the account still opens from another address and, after the window, from the first; no number of
 * wrong passwords locks an account for good. The test trusts X-Forwarded-For from the loopback proxy to
 * simulate several client addresses; the throttle window and Camunda's login delay are shortened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "refugee.login-throttle.max-failures=3", "refugee.login-throttle.window=PT3S",
    "camunda.bpm.generic-properties.properties.login-delay-base=1",
    "camunda.bpm.generic-properties.properties.login-delay-max-time=1",
    "server.forward-headers-strategy=native",
    "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"})
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
@OwnContext
class LoginThrottleTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void theApiThrottlesAnAddressAndTheAccountStillOpens() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(api("203.0.113.1", "caseworker", "wrong" + i).statusCode()).isEqualTo(401);
    }
    var refused = api("203.0.113.1", "caseworker", "demo");
    assertThat(refused.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 3L);
    assertThat(refused.body()).contains("urn:problem:too-many-failed-logins");
    assertThat(api("203.0.113.1", "manager", "demo").statusCode()).as("any account from that address").isEqualTo(429);

    Thread.sleep(1_100); // Camunda's login delay of the user (1 s here)
    assertThat(api("203.0.113.2", "caseworker", "demo").statusCode()).as("another address").isEqualTo(200);
    Thread.sleep(retryAfter * 1_000 + 200);
    assertThat(api("203.0.113.1", "caseworker", "demo").statusCode()).as("after the window").isEqualTo(200);
  }

  @Test
  void engineRestIsThrottledToo() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(engineRest("203.0.113.11", "auditor", "wrong").statusCode()).isEqualTo(401);
    }
    var refused = engineRest("203.0.113.11", "auditor", "demo");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    Thread.sleep(1_100);
    assertThat(engineRest("203.0.113.12", "auditor", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void theLoginFormIsThrottledToo(CapturedOutput output) throws Exception {
    String address = "203.0.113.21";
    for (int i = 0; i < 3; i++) {
      var failed = loginForm(address, "manager2", "wrong-" + i + "-Secr3t");
      assertThat(failed.statusCode()).isEqualTo(401);
      assertThat(failed.body()).contains("Неверное имя пользователя или пароль");
    }
    var refused = loginForm(address, "manager2", "demo");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body()).contains("Слишком много неудачных попыток входа");
    Thread.sleep(1_100);
    var accepted = loginForm("203.0.113.22", "manager2", "demo");
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(accepted.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    assertThat(output.getAll()).contains("failed login for user 'manager2' from 203.0.113.21")
        .doesNotContain("-Secr3t");
  }

  @Test
  void theWebappsOwnLoginIsClosed() throws Exception {
    var page = client.send(HttpRequest.newBuilder(url("/camunda/app/admin/default/")).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(page.statusCode()).as("anonymous: to the product's login page").isEqualTo(302);
    var login = client.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=manager2&password=demo")).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(login.statusCode()).isIn(401, 403);
  }

  @Test
  void noNumberOfWrongPasswordsLocksAnAccountForGood() throws Exception {
    // Camunda's default would lock for good after 10; each attempt waits out the user's delay and comes
    // from its own address, so that neither the delay nor the throttle hides what the engine does
    for (int i = 0; i < 12; i++) {
      assertThat(api("198.51.100." + (i + 1), "caseworker2", "wrong").statusCode()).isEqualTo(401);
      Thread.sleep(1_050);
    }
    assertThat(api("198.51.100.99", "caseworker2", "demo").statusCode()).isEqualTo(200);
  }

  @Test
  void aForgedLoginNameIsLoggedOnOneLineAndCut(CapturedOutput output) throws Exception {
    String forged = "nobody\r\n2026-01-01 INFO forged line " + "x".repeat(200);
    var request = HttpRequest.newBuilder(url("/api/rechecks/runs")).header("X-Forwarded-For", "203.0.113.31")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((forged + ":pw").getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    assertThat(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    assertThat(output.getAll()).contains("failed login for user 'nobody\\u000d\\u000a2026-01-01 INFO forged line")
        .doesNotContain("\n2026-01-01 INFO forged line").doesNotContain("x".repeat(100));
  }

  private HttpResponse<String> api(String address, String user, String password) throws Exception {
    return client.send(HttpRequest.newBuilder(url("/api/rechecks/runs")).header("X-Forwarded-For", address)
        .header("Authorization", basic(user, password)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> engineRest(String address, String user, String password) throws Exception {
    return client.send(HttpRequest.newBuilder(url("/engine-rest/task?maxResults=1")).header("X-Forwarded-For", address)
        .header("Authorization", basic(user, password)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The product's login form as a browser sends it from the address: the page (CSRF token), then the form. */
  private HttpResponse<String> loginForm(String address, String user, String password) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var page = browser.send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-For", address).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    return browser.send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-For", address)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
