package kz.migration.refugee.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.migration.refugee.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only Tasklist's own harmless expressions get through task queries and filters. */
@ApplicationTest
class QueryExpressionGuardTest {

  private static final String EVIL = "${execution.getProcessEngineServices().getIdentityService()}";

  @LocalServerPort int port;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void allowListAcceptsTasklistsExpressionsOnly() {
    assertThat(QueryExpressionGuard.forbiddenExpression("{\"assigneeExpression\": \"${currentUser()}\"}")).isNull();
    assertThat(QueryExpressionGuard.forbiddenExpression("${ currentUserGroups() }")).isNull();
    assertThat(QueryExpressionGuard.forbiddenExpression("${dateTime().plusDays(2).withTimeAtStartOfDay().toDate()}")).isNull();
    assertThat(QueryExpressionGuard.forbiddenExpression("${now()}")).isNull();
    assertThat(QueryExpressionGuard.forbiddenExpression("${''.getClass().forName('java.lang.Runtime')}")).isNotNull();
    assertThat(QueryExpressionGuard.forbiddenExpression("#{currentUser()}")).isNotNull();
    assertThat(QueryExpressionGuard.forbiddenExpression("${currentUser()} and ${x}")).isEqualTo("${x}");
  }

  @Test
  void anAdHocTaskQueryWithAnExpressionIsRefused() throws Exception {
    assertThat(call("manager", "GET", "/engine-rest/task?assigneeExpression=" + URLEncoder.encode(EVIL, StandardCharsets.UTF_8), null)
        .statusCode()).isEqualTo(400);
    assertThat(call("manager", "GET", "/engine-rest/task?assigneeExpression=" + URLEncoder.encode("${currentUser()}",
        StandardCharsets.UTF_8), null).statusCode()).isIn(200, 400).isNotEqualTo(500);
    assertThat(call("manager", "POST", "/engine-rest/task",
        "{\"orQueries\": [{\"candidateGroupExpression\": \"" + EVIL + "\"}]}").statusCode()).isEqualTo(400);
    assertThat(call("manager", "POST", "/engine-rest/task",
        "{\"assigneeExpression\": \"\\u0024{execution}\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void aFilterWithAnExpressionIsRefusedToEveryoneAdministratorsIncluded() throws Exception {
    String filter = """
        {"resourceType": "Task", "name": "evil", "owner": "admin",
         "query": {"candidateGroupExpression": "%s"}}""".formatted(EVIL);
    for (String user : new String[] {"admin", "manager", "caseworker"}) {
      assertThat(call(user, "POST", "/engine-rest/filter/create", filter).statusCode()).isBetween(400, 403);
    }
  }

  /** Filters (with their expressions) are the application's, created at start-up: nobody creates one at run time. */
  @Test
  void nobodyCreatesFiltersAtRunTime() throws Exception {
    String harmless = """
        {"resourceType": "Task", "name": "Мои задачи", "query": {"assigneeExpression": "${currentUser()}"}}""";
    for (String user : new String[] {"admin", "manager", "caseworker"}) {
      assertThat(call(user, "POST", "/engine-rest/filter/create", harmless).statusCode()).isEqualTo(403);
    }
  }

  private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
