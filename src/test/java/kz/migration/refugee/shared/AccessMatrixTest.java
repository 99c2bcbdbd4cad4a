package kz.migration.refugee.shared;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.migration.refugee.ApplicationTest;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the running application, with each role (HTTP basic and a browser's login) and without
 * credentials (a page: to the login page; a call: 401). The endpoints are
 * read from the application itself (Spring MVC's request mappings; the engine REST API's JAX-RS root
 * resources), so a new endpoint fails this test until its access is stated here.
 */
@ApplicationTest
class AccessMatrixTest {

  private static final List<String> USERS = List.of("caseworker", "manager", "auditor", "operator", "admin");
  /** The demo users' groups. */
  private static final Map<String, List<String>> GROUPS = Map.of("caseworker", List.of("caseworkers"),
      "manager", List.of("managers"), "auditor", List.of("auditors"), "operator", List.of("operators"),
      "admin", List.of("admins"));
  private static final Set<String> CASE_WORK = Set.of("caseworker", "manager");
  private static final Set<String> AUDIT = Set.of("auditor", "manager");
  private static final Set<String> MANAGERS = Set.of("manager");
  private static final Set<String> ADMINS = Set.of("admin");
  private static final Set<String> CASE_PAGES = Set.of("caseworker", "manager", "auditor");

  /** Who may call each endpoint of the domain API: {@code "METHOD pattern"}. */
  private static final Map<String, Set<String>> DOMAIN_API = Map.ofEntries(
      entry("POST /api/petitions", CASE_WORK),
      entry("GET /api/petitions/{caseNumber}", CASE_WORK),
      entry("GET /api/registry/persons", CASE_WORK),
      entry("GET /api/registry/cases", CASE_WORK),
      entry("GET /api/reference/intake", CASE_WORK),
      entry("GET /api/registry/cases/{caseNumber}", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/decisions", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/decision-notice", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/appeals", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/withdrawal", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/members", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/reopening", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/persons/{personId}/deregistration", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/rechecks", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/status-end/appeals", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/status-ends", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/status-ends", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/voluntary-return", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/voluntary-return", Set.of("caseworker", "manager", "auditor")),
      entry("POST /api/cases/{caseNumber}/voluntary-return/replies/{body}", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/voluntary-return/withdrawal", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/attachments", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/attachments", CASE_PAGES),
      entry("GET /api/cases/{caseNumber}/attachments/{id}", CASE_PAGES),
      entry("POST /api/cases/{caseNumber}/notes", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/notes", CASE_PAGES),
      entry("GET /api/cases/{caseNumber}/fingerprints", CASE_PAGES),
      entry("GET /api/centres", Set.of("caseworker", "manager", "admin")),
      entry("POST /api/centres", ADMINS),
      entry("PUT /api/centres/{id}", ADMINS),
      entry("POST /api/cases/{caseNumber}/placements", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/placements/{id}/end", CASE_WORK),
      entry("GET /api/rechecks/runs", CASE_WORK),
      entry("GET /api/rechecks/runs/{id}", CASE_WORK),
      entry("POST /api/rechecks/runs", MANAGERS),
      entry("POST /api/import/caseload", ADMINS),
      entry("GET /api/import/caseload/{id}", Set.of("admin", "manager")),
      entry("POST /api/import/caseload/{id}/confirmation", MANAGERS),
      entry("GET /api/import/caseload/progress", Set.of("admin", "manager")),
      entry("GET /api/audit/decision-log", AUDIT),
      entry("GET /api/audit/reads", AUDIT),
      entry("GET /api/audit/decision-log/verification", AUDIT),
      entry("GET /api/audit/decisions", AUDIT),
      entry("GET /api/audit/decisions.html", AUDIT),
      entry("GET /api/audit/decisions.csv", AUDIT),
      entry("GET /api/audit/cases/{caseNumber}", AUDIT),
      entry("GET /api/statistics/refugees", AUDIT),
      entry("GET /api/statistics/refugees.csv", AUDIT),
      entry("GET /api/statistics/petitions", AUDIT),
      entry("GET /api/statistics/petitions.csv", AUDIT),
      entry("GET /api/statistics/monthly", AUDIT),
      entry("GET /api/statistics/monthly.csv", AUDIT),
      entry("GET /api/statistics/deregistrations", AUDIT),
      entry("GET /api/statistics/deregistrations.csv", AUDIT),
      entry("GET /api/statistics/deadlines", AUDIT),
      entry("GET /api/statistics/deadlines.csv", AUDIT),
      entry("GET /api/statistics/workload", AUDIT),
      entry("GET /api/statistics/workload.csv", AUDIT),
      entry("GET /api/statistics/dashboard.html", AUDIT),
      entry("GET /api/statistics/occupancy", AUDIT),
      entry("GET /api/statistics/occupancy.csv", AUDIT),
      entry("GET /api/statistics/needs", AUDIT),
      entry("GET /api/statistics/needs.csv", AUDIT),
      entry("GET /api/statistics/schooling", AUDIT),
      entry("GET /api/statistics/schooling.csv", AUDIT),
      entry("GET /api/schools", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/school-referrals", CASE_WORK),
      entry("GET /api/cases/{caseNumber}/specific-needs", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/persons/{personId}/specific-needs", CASE_WORK),
      entry("POST /api/cases/{caseNumber}/best-interests-note", CASE_WORK),
      entry("POST /cases/{caseNumber}/persons/{personId}/specific-needs", CASE_WORK),
      entry("POST /cases/{caseNumber}/best-interests-note", CASE_WORK),
      // the product's pages (their own security chain)
      entry("GET /cases/{caseNumber}", CASE_PAGES),
      entry("GET /cases/{caseNumber}/certificates/{number}.pdf", CASE_PAGES),
      // the case page's forms: a file, a note (auditors read only)
      entry("POST /cases/{caseNumber}/attachments", CASE_WORK),
      entry("POST /cases/{caseNumber}/notes", CASE_WORK),
      entry("GET /cases/task/{taskId}", CASE_PAGES),
      entry("GET /cases/filed/latest", CASE_WORK),
      // the case page's placement forms
      entry("POST /cases/{caseNumber}/placements", CASE_WORK),
      entry("POST /cases/{caseNumber}/placements/{id}/end", CASE_WORK),
      entry("GET /search", CASE_PAGES),
      // the administrators' page of the centres and its forms
      entry("GET /centres", ADMINS),
      entry("POST /centres", ADMINS),
      entry("POST /centres/{id}", ADMINS));

  /**
   * Writes through engine REST that the roles must or must not be able to make. Reads are open to every
   * logged-in user and filtered by the engine's authorizations (a query answers only what the user may see).
   * The annual recheck is started only by the scheduler, never through the API.
   */
  private static final List<EngineWrite> ENGINE_WRITES = List.of(
      new EngineWrite("POST", "/process-definition/key/petition/start", "{}", CASE_WORK),
      new EngineWrite("POST", "/process-definition/key/annual-recheck/start", "{}", Set.of()),
      new EngineWrite("POST", "/process-definition/key/asylum-seeker-certificate/start", "{}", Set.of()),
      new EngineWrite("POST", "/process-definition/key/voluntary-return/start", "{}", CASE_WORK),
      new EngineWrite("POST", "/process-definition/key/petition-withdrawal/start", "{}", CASE_WORK),
      new EngineWrite("POST", "/process-definition/key/petition-reopening/start", "{}", CASE_WORK),
      new EngineWrite("POST", "/process-definition/key/petition-late-appeal/start", "{}", CASE_WORK),
      new EngineWrite("POST", "/process-definition/key/status-end/start", "{}", CASE_WORK),
      new EngineWrite("POST", "/process-definition/key/member-joining/start", "{}", CASE_WORK),
      new EngineWrite("POST", "/user/create",
          "{\"profile\": {\"id\": \"matrix%d\", \"firstName\": \"M\", \"lastName\": \"X\"}, \"credentials\": {\"password\": \"Matrix-1-pass\"}}",
          ADMINS),
      new EngineWrite("POST", "/group/create", "{\"id\": \"matrix%d\", \"name\": \"M\", \"type\": \"WORKFLOW\"}", ADMINS),
      new EngineWrite("POST", "/authorization/create",
          "{\"type\": 1, \"permissions\": [\"READ\"], \"userId\": \"matrix%d\", \"resourceType\": 0, \"resourceId\": \"x\"}", ADMINS),
      // filters are the application's (created at start-up): nobody creates one at run time
      new EngineWrite("POST", "/filter/create",
          "{\"resourceType\": \"Task\", \"name\": \"matrix%d\", \"query\": {}}", Set.of()));

  record EngineWrite(String method, String path, String body, Set<String> allowed) {}

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired ResourceConfig engineRest;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void everyDomainEndpointOfTheRunningApplicationHasItsAccessStated() {
    Set<String> running = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/") || p.startsWith("/cases/") || p.equals("/search")
            || p.startsWith("/centres"))
        .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> running.add(m.name() + " " + p))));
    assertThat(running).isEqualTo(new TreeSet<>(DOMAIN_API.keySet()));
  }

  @Test
  void everyDomainEndpointAnswersAnonymous401ForbiddenRoles403AndLetsTheOthersThrough() throws Exception {
    Map<String, String> wrong = new TreeMap<>();
    for (var endpoint : DOMAIN_API.entrySet()) {
      String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
      String path = example(endpoint.getKey().substring(method.length() + 1));
      String body = method.equals("GET") ? null : "{}";
      expect(wrong, endpoint.getKey(), "anonymous", call(null, method, path, body), 401);
      for (String user : USERS) {
        int status = call(user, method, path, body);
        if (endpoint.getValue().contains(user)) {
          if (status == 401 || status == 403 || status >= 500) {
            wrong.put(endpoint.getKey() + " as " + user, "allowed, but answered " + status);
          }
        } else {
          expect(wrong, endpoint.getKey(), user, status, 403);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The pages a browser navigates to: the webapps, the product's pages (and those to come), all behind the one login. */
  private static final List<String> PAGES = List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
      "/camunda/app/admin/default/", "/camunda/app/welcome/default/", "/camunda/", "/api/statistics/dashboard.html",
      "/api/audit/decisions.html", "/cases/RS-1999-999999", "/search");

  @Test
  void anonymousBrowsersAreSentToTheLoginPageAndScriptsGet401() throws Exception {
    Map<String, String> wrong = new TreeMap<>();
    for (String page : PAGES) {
      var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
          .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(), HttpResponse.BodyHandlers.discarding());
      String location = answer.headers().firstValue("Location").orElse("");
      if (answer.statusCode() != 302 || !location.equals("http://localhost:" + port + "/login")) {
        wrong.put("GET " + page, "expected 302 to /login, answered " + answer.statusCode() + " " + location);
      }
    }
    // the webapps' API and the product's API, as a script asks: 401, without a basic challenge for the webapps
    for (String api : List.of("/camunda/api/engine/engine/", "/camunda/api/engine/engine/default/task",
        "/camunda/api/admin/auth/user/default", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
      var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + api))
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding());
      expect(wrong, "GET " + api, "anonymous", answer.statusCode(), 401);
      if (answer.headers().firstValue("WWW-Authenticate").isPresent()) {
        wrong.put("GET " + api, "a basic challenge would open the browser's login dialog");
      }
    }
    expect(wrong, "GET /login", "anonymous", client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode(), 200);
    assertThat(wrong).isEmpty();
  }

  /** The same matrix through a browser's login: the HTTP session reaches what the role may, and writes need CSRF. */
  @Test
  void everyDomainEndpointAnswersALoggedInBrowserByItsRole() throws Exception {
    Map<String, String> wrong = new TreeMap<>();
    for (String user : USERS) {
      TasklistSession browser = TasklistSession.login(port, user);
      String csrf = apiCsrfToken(browser);
      for (var endpoint : DOMAIN_API.entrySet()) {
        String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
        String path = example(endpoint.getKey().substring(method.length() + 1));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
            .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        int status = browser.client().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (endpoint.getValue().contains(user)) {
          if (status == 401 || status == 403 || status >= 500) {
            wrong.put(endpoint.getKey() + " as " + user + " (HTTP session)", "allowed, but answered " + status);
          }
        } else {
          expect(wrong, endpoint.getKey() + " (HTTP session)", user, status, 403);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * What operators and client developers read: the Prometheus metrics (operators only) and the domain API's OpenAPI
   * description with its Swagger UI (anyone logged in), by HTTP basic and by a browser's login; anonymous calls get 401.
   */
  private static final Map<String, Set<String>> OPERATIONS = Map.of(
      "/actuator/prometheus", Set.of("operator"),
      "/v3/api-docs", Set.copyOf(USERS),
      "/swagger-ui.html", Set.copyOf(USERS));

  @Test
  void theMetricsAreTheOperatorsAndTheApiDescriptionAnyLoggedInUsers() throws Exception {
    Map<String, String> wrong = new TreeMap<>();
    for (var endpoint : OPERATIONS.entrySet()) {
      expect(wrong, "GET " + endpoint.getKey(), "anonymous", call(null, "GET", endpoint.getKey(), null), 401);
      for (String user : USERS) {
        int basic = call(user, "GET", endpoint.getKey(), null);
        int session = TasklistSession.login(port, user).get(endpoint.getKey()).statusCode();
        for (int status : new int[] {basic, session}) {
          if (endpoint.getValue().contains(user) && status >= 400) {
            wrong.put("GET " + endpoint.getKey() + " as " + user, "allowed, but answered " + status);
          } else if (!endpoint.getValue().contains(user)) {
            expect(wrong, "GET " + endpoint.getKey(), user, status, 403);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Spring Security's CSRF token of the browser's HTTP session, as the product's pages carry it (here: the logout page). */
  static String apiCsrfToken(TasklistSession browser) throws Exception {
    var page = browser.get("/logout");
    assertThat(page.statusCode()).isEqualTo(200);
    var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();
    return token.group(1);
  }

  @Test
  void everyEngineRestResourceNeedsALoginAndAnswersOnlyTheRolesOfTheAllowList() throws Exception {
    Set<String> roots = engineRestRoots();
    assertThat(roots).contains("/task", "/process-definition", "/history", "/deployment", "/user", "/authorization");
    List<EngineApiAllowList.Rule> rules = EngineApiAllowList.rules();
    Map<String, String> wrong = new TreeMap<>();
    for (String root : roots) {
      String path = "/engine-rest" + root.replaceAll("\\{[^}]+}", "default");
      expect(wrong, "GET " + path, "anonymous", call(null, "GET", path, null), 401);
      String enginePath = EngineApiAllowList.enginePath(path, "");
      for (String user : USERS) {
        int status = call(user, "GET", path, null);
        boolean listed = rules.stream().anyMatch(r -> r.matches("GET", enginePath) && r.allows(GROUPS.get(user)));
        if (listed && (status == 401 || status >= 500)) {
          wrong.put("GET " + path + " as " + user, "listed, but answered " + status);
        } else if (!listed && status != 403) {
          wrong.put("GET " + path + " as " + user, "not listed, expected 403, answered " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Every operation of the allow-list is refused before the engine to every role it does not name. */
  @Test
  void everyOperationOfTheAllowListIsRefusedToTheRolesItDoesNotName() throws Exception {
    Map<String, String> wrong = new TreeMap<>();
    for (EngineApiAllowList.Rule rule : EngineApiAllowList.rules()) {
      String[] parts = rule.text().split(" ");
      if (parts[1].contains("**")) {
        continue;
      }
      String path = parts[1].replace("{}", "matrix-missing");
      for (String prefix : List.of("/engine-rest", "/engine-rest/engine/default")) {
        for (String user : USERS) {
          // a write's body names the caller's own password: a credentials change checks it, and a wrong one would
          // count as a failed login (login delay, address throttling) for the rest of the run
          var response = send(user, parts[0], prefix + path,
              parts[0].equals("GET") ? null : "{\"authenticatedUserPassword\": \"demo\"}");
          boolean refusedByList = response.statusCode() == 403 && response.body().contains("не входит в перечень");
          String concrete = EngineApiAllowList.enginePath(prefix + path, "");
          boolean listed = EngineApiAllowList.rules().stream()
              .anyMatch(r -> r.matches(parts[0], concrete) && r.allows(GROUPS.get(user)));
          if (listed == refusedByList) {
            wrong.put(rule.text() + " via " + prefix + " as " + user, "answered " + response.statusCode());
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void engineRestWritesAreRefusedToTheRolesThatMayNotMakeThem() throws Exception {
    Map<String, String> wrong = new TreeMap<>();
    int n = (int) (System.nanoTime() % 1_000_000);
    for (EngineWrite write : ENGINE_WRITES) {
      String what = write.method() + " " + write.path();
      expect(wrong, what, "anonymous", call(null, write.method(), "/engine-rest" + write.path(),
          write.body().formatted(n++)), 401);
      for (String user : USERS) {
        int status = call(user, write.method(), "/engine-rest" + write.path(), write.body().formatted(n++));
        if (write.allowed().contains(user)) {
          if (status == 401 || status == 403 || status >= 500) {
            wrong.put(what + " as " + user, "allowed, but answered " + status);
          }
        } else if (status != 403 && status != 404) {
          // the engine answers 404 where the role may not even see the resource (no READ)
          wrong.put(what + " as " + user, "expected 403 or 404, answered " + status);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * The resources the engine REST application of this context serves: its root resources and the
   * sub-resources they lead to ({@code /task}, {@code /engine/{name}/task}, ...).
   */
  private Set<String> engineRestRoots() {
    Set<String> roots = new TreeSet<>();
    for (Class<?> type : engineRest.getClasses()) {
      Path root = pathOf(type);
      if (root == null) {
        continue;
      }
      String base = slash(root.value()).replaceAll("/+$", "");
      if (!base.isEmpty()) {
        roots.add(base);
      }
      for (var method : type.getMethods()) {
        Path sub = method.getAnnotation(Path.class);
        if (sub != null && !method.getReturnType().equals(Void.TYPE)) {
          roots.add(base + slash(sub.value()));
        }
      }
    }
    return roots;
  }

  private static String slash(String path) {
    return path.startsWith("/") ? path : "/" + path;
  }

  private static Path pathOf(Class<?> type) {
    if (type.isAnnotationPresent(Path.class)) {
      return type.getAnnotation(Path.class);
    }
    for (Class<?> api : type.getInterfaces()) {
      if (api.isAnnotationPresent(Path.class)) {
        return api.getAnnotation(Path.class);
      }
    }
    return type.getSuperclass() == null ? null : pathOf(type.getSuperclass());
  }

  private static void expect(Map<String, String> wrong, String what, String who, int status, int expected) {
    if (status != expected) {
      wrong.put(what + " as " + who, "expected " + expected + ", answered " + status);
    }
  }

  private static String example(String pattern) {
    return pattern.replace("{caseNumber}", "RS-1999-999999").replace("{id}", "999999").replace("{personId}", "999999").replace("{body}", "unhcr")
        .replace("{number}", "RC-1999-999999").replace("{taskId}", "matrix-missing")
        + (pattern.endsWith("/persons") || pattern.endsWith("/cases") || pattern.equals("/search") ? "?q=x" : "");
  }

  private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private int call(String user, String method, String path, String body) throws Exception {
    return send(user, method, path, body).statusCode();
  }
}
