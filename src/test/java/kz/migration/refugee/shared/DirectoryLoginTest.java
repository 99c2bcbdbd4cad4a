package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import kz.migration.refugee.OwnContext;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Profile {@code ldap}: people of the department's directory (an in-memory LDAP server with
 * {@code ldap/department.ldif}) log in with their directory passwords, through the product's login form and HTTP basic,
 * and get their directory groups' roles; nothing is written into the directory, and no demo user is created even
 * beside the demo profile.
 */
// own context: the ldap profile and a directory server of its own
@OwnContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:directory-login;DB_CLOSE_DELAY=-1",
    "refugee.ldap.manager-dn=cn=application,dc=migration,dc=kz", "refugee.ldap.manager-password=Directory-Search-1"})
@ActiveProfiles({"test", "demo", "ldap"})
class DirectoryLoginTest {

  private static final InMemoryDirectoryServer DIRECTORY = start();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  private final HttpClient client = HttpClient.newHttpClient();

  private static InMemoryDirectoryServer start() {
    try {
      var config = new InMemoryDirectoryServerConfig("dc=migration,dc=kz");
      config.addAdditionalBindCredentials("cn=application,dc=migration,dc=kz", "Directory-Search-1");
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
      config.setSchema(null);
      var server = new InMemoryDirectoryServer(config);
      server.importFromLDIF(true, DirectoryLoginTest.class.getResource("/ldap/department.ldif").getPath());
      server.startListening();
      return server;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void directory(DynamicPropertyRegistry registry) {
    registry.add("refugee.ldap.server-url", () -> "ldap://localhost:" + DIRECTORY.getListenPort() + "/");
  }

  @AfterAll
  static void stop() {
    DIRECTORY.shutDown(true);
  }

  @Test
  void theDirectoryIsTheIdentityAndNothingIsWrittenIntoIt() {
    assertThat(identity.isReadOnly()).isTrue();
    assertThat(identity.checkPassword("akassymova", "Directory-Caseworker-1")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("akassymova").singleResult().getId()).isEqualTo(Roles.CASEWORKERS);
    // neither the demo users nor the product's groups were created: the directory has only its own
    assertThat(identity.createUserQuery().userId("caseworker").count()).isZero();
    assertThat(identity.createGroupQuery().groupId(Roles.AUDITORS).count()).isZero();
    // the roles' grants are the database's, given to the directory's groups by id
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(Roles.CASEWORKERS).resourceType(Resources.APPLICATION)
        .resourceId("tasklist").count()).isEqualTo(1);
  }

  @Test
  void aDirectoryCaseworkerReachesCaseWorkNotAdministration() throws Exception {
    assertThat(basic("akassymova", "Directory-Caseworker-1", "/api/reference/intake")).isEqualTo(200);
    assertThat(basic("akassymova", "Directory-Caseworker-1", "/api/import/caseload/progress")).isEqualTo(403);
    assertThat(basic("akassymova", "wrong-password", "/api/reference/intake")).isEqualTo(401);
    assertThat(basic("dseitova", "Directory-Admin-1", "/api/import/caseload/progress")).isEqualTo(200);
    assertThat(basic("dseitova", "Directory-Admin-1", "/api/reference/intake")).isEqualTo(403);
  }

  @Test
  void aDirectoryManagerLogsInThroughTheLoginFormAndWorksWithTheRole() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    var login = TasklistSession.loginForm(port, browser, "bomarov", "Directory-Manager-1");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    assertThat(browser.send(HttpRequest.newBuilder(url("/api/statistics/refugees")).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    assertThat(browser.send(HttpRequest.newBuilder(url("/api/import/caseload")).POST(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
    // Tasklist takes the same login, with the directory's groups
    assertThat(browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

    var wrong = TasklistSession.loginForm(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
        "bomarov", "not-the-password");
    assertThat(wrong.headers().firstValue("Location").orElse(wrong.body())).contains("error");
  }

  private int basic(String user, String password, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(url(path)).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes())).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
