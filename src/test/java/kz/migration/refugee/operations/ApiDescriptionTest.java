package kz.migration.refugee.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.migration.refugee.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description of {@code /api} stays true: it lists every operation the application serves under
 * {@code /api} but its pages, and nothing else, declares the problem responses, and each operation, called by a role that may call it
 * with a minimal request (an unknown case, an empty body), answers a status the document declares for it — never a
 * route that is not there (404 without the product's problem, 405) nor a failure (5xx).
 */
@ApplicationTest
class ApiDescriptionTest {

  /** The demo users, each of one role: the first whom an operation does not refuse calls it. */
  private static final List<String> USERS = List.of("manager", "caseworker", "auditor", "admin", "operator");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired MockMvc mvc;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void theDescriptionIsForLoggedInUsersOnly() throws Exception {
    assertThat(mvc.perform(get("/v3/api-docs").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
        .getStatus()).isEqualTo(401);
    var page = mvc.perform(get("/swagger-ui.html").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(302);
    assertThat(page.getRedirectedUrl()).endsWith("/login");
    for (String user : USERS) {
      assertThat(mvc.perform(get("/v3/api-docs").with(httpBasic(user, "demo"))).andReturn().getResponse().getStatus())
          .as(user).isEqualTo(200);
    }
    assertThat(mvc.perform(get("/swagger-ui/index.html").with(httpBasic("caseworker", "demo"))).andReturn()
        .getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void theDescriptionListsExactlyTheOperationsServedUnderApi() throws Exception {
    JsonNode api = description();
    Set<String> documented = new TreeSet<>();
    api.get("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(p -> p.startsWith("/api/") && !p.endsWith(".html"))
        .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
    // the pages under /api (the dashboard, the audit's decisions page) are for browsers, not in the description
    assertThat(documented).isEqualTo(served);
    // an answer whose status the code sets (ResponseEntity.created) is declared with it
    assertThat(api.at("/paths/~1api~1petitions/post/responses").has("201")).isTrue();
    assertThat(api.at("/paths/~1api~1rechecks~1runs/post/responses").has("202")).isTrue();
  }

  @Test
  void everyOperationDeclaresItsProblemsAsProblemDetails() throws Exception {
    JsonNode api = description();
    assertThat(api.at("/components/schemas/ProblemDetail/properties").has("errors")).isTrue();
    Map<String, String> wrong = new TreeMap<>();
    forEachOperation(api, (method, path, operation) -> {
      for (String status : List.of("400", "404", "409")) {
        String ref = operation.at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asText();
        if (!ref.equals("#/components/schemas/ProblemDetail")) {
          wrong.put(method + " " + path + " " + status, "not a ProblemDetail: " + operation.at("/responses/" + status));
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyDocumentedOperationAnswersAStatusItDeclares() throws Exception {
    JsonNode api = description();
    Map<String, String> wrong = new TreeMap<>();
    forEachOperation(api, (method, path, operation) -> {
      Set<String> declared = new TreeSet<>();
      operation.get("responses").fieldNames().forEachRemaining(declared::add);
      MockHttpServletResponse answer = null;
      String caller = null;
      for (String user : USERS) {
        answer = mvc.perform(minimalRequest(method, path, operation).with(httpBasic(user, "demo"))).andReturn()
            .getResponse();
        caller = user;
        if (answer.getStatus() != 401 && answer.getStatus() != 403) {
          break;
        }
      }
      int status = answer.getStatus();
      String what = method + " " + path + " as " + caller;
      if (status == 401 || status == 403) {
        wrong.put(what, "refused to every role: " + status);
      } else if (status == 405 || status >= 500) {
        wrong.put(what, "answered " + status);
      } else if (status == 404 && !answer.getContentAsString().contains("urn:problem:not-found")) {
        wrong.put(what, "404 without the product's problem: the route is not there");
      } else if (!declared.contains(Integer.toString(status)) && !declared.contains("default")) {
        wrong.put(what, "answered " + status + ", the document declares " + declared);
      }
    });
    assertThat(wrong).isEmpty();
  }

  interface OperationCheck {
    void check(String method, String path, JsonNode operation) throws Exception;
  }

  private static void forEachOperation(JsonNode api, OperationCheck check) throws Exception {
    for (var path : api.get("paths").properties()) {
      for (var operation : path.getValue().properties()) {
        check.check(operation.getKey().toUpperCase(), path.getKey(), operation.getValue());
      }
    }
  }

  private JsonNode description() throws Exception {
    var answer = mvc.perform(get("/v3/api-docs").with(httpBasic("caseworker", "demo"))).andReturn().getResponse();
    assertThat(answer.getStatus()).isEqualTo(200);
    JsonNode api = JSON.readTree(answer.getContentAsString());
    assertThat(api.get("paths").size()).isPositive();
    return api;
  }

  /**
   * The operation with an unknown case (or record), its required query parameters given, and an empty body of the
   * kind it declares: enough to reach the operation, which answers what it answers such a request.
   */
  private static MockHttpServletRequestBuilder minimalRequest(String method, String path, JsonNode operation) {
    String concrete = path;
    MockHttpServletRequestBuilder request;
    JsonNode body = operation.path("requestBody").path("content");
    Map<String, String> query = new TreeMap<>();
    for (JsonNode parameter : operation.path("parameters")) {
      String name = parameter.get("name").asText();
      String value = example(name, parameter.path("schema"));
      if ("path".equals(parameter.get("in").asText())) {
        concrete = concrete.replace("{" + name + "}", value);
      } else if ("query".equals(parameter.get("in").asText()) && parameter.path("required").asBoolean()) {
        query.put(name, value);
      }
    }
    if (body.has("multipart/form-data")) {
      request = multipart(HttpMethod.valueOf(method), concrete);
    } else {
      request = request(HttpMethod.valueOf(method), concrete);
      if (!body.isMissingNode()) {
        request.contentType(MediaType.APPLICATION_JSON).content("{}");
      }
    }
    query.forEach(request::param);
    return request;
  }

  private static String example(String name, JsonNode schema) {
    if (name.equals("caseNumber")) {
      return "RS-1999-999999";
    }
    if (name.equals("number")) {
      return "RC-1999-999999";
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    return switch (schema.path("format").asText()) {
      case "date" -> LocalDate.now().toString();
      case "date-time" -> LocalDate.now() + "T00:00:00Z";
      default -> switch (schema.path("type").asText()) {
        case "integer", "number" -> "999999";
        case "boolean" -> "false";
        default -> "x";
      };
    };
  }
}
