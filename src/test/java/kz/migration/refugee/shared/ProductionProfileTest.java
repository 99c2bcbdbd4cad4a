package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.migration.refugee.OwnContext;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile ({@code postgres}) as it configures the web layer (the database swapped for H2 here):
 * no demo users, the administrator from the environment, session cookies marked Secure, HSTS sent, the
 * H2 console absent.
 */
// own context: the production profile (no demo users, secure cookies), not the demo's
@OwnContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
    "spring.datasource.password=", "refugee.admin.id=chief", "refugee.admin.password=Steppe-Falcon-47"})
@ActiveProfiles({"test", "postgres"})
class ProductionProfileTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void noDemoUsersOnlyTheAdministratorFromTheEnvironment() {
    assertThat(identity.createUserQuery().userId("caseworker").count()).isZero();
    assertThat(identity.createUserQuery().userId("chief").memberOfGroup(Roles.ADMINS).count()).isEqualTo(1);
  }

  @Test
  void webappSessionCookiesAreSecureAndHstsIsSent() throws Exception {
    // The webapp page hands out the session and the CSRF token (cookie and header) ...
    var page = client.send(HttpRequest.newBuilder(url("/camunda/app/admin/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure"));
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

    // ... which the login must present: CSRF protection of the webapps stays on.
    String form = "username=chief&password=" + URLEncoder.encode("Steppe-Falcon-47", StandardCharsets.UTF_8);
    var withoutToken = client.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/admin"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    var login = client.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/admin"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .header("Cookie", String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()))
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("Secure"));
  }

  @Test
  void theH2ConsoleIsNotServed() throws Exception {
    var console = client.send(HttpRequest.newBuilder(url("/h2-console")).GET().build(), HttpResponse.BodyHandlers.discarding());
    assertThat(console.statusCode()).isIn(401, 403, 404);
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
