package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.migration.refugee.OwnContext;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile ({@code postgres}) as it configures the web layer (the database swapped for H2 here):
 * no demo users, the administrator from the environment, session cookies marked Secure, HSTS sent, the login form
 * CSRF-protected, the H2 console absent.
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
  void sessionCookiesAreSecureHstsIsSentAndTheLoginNeedsItsCsrfToken() throws Exception {
    // The login page hands out the HTTP session and the CSRF token ...
    var page = client.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    String cookie = String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList());

    // ... which the login must present: the form is CSRF-protected.
    String form = "username=chief&password=" + URLEncoder.encode("Steppe-Falcon-47", StandardCharsets.UTF_8);
    var withoutToken = client.send(HttpRequest.newBuilder(url("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    var login = client.send(HttpRequest.newBuilder(url("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    List<String> session = login.headers().allValues("Set-Cookie");
    assertThat(session).as("a new HTTP session at the login").isNotEmpty()
        .allSatisfy(c -> assertThat(c).contains("Secure"));

    // The Admin webapp, with that login: HSTS, and the webapps' own CSRF token and cookie, Secure too.
    var admin = client.send(HttpRequest.newBuilder(url("/camunda/app/admin/default/"))
        .header("Cookie", session.get(0).substring(0, session.get(0).indexOf(';'))).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(admin.headers().firstValue("X-XSRF-TOKEN")).isPresent();
    assertThat(admin.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("Secure"));
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
