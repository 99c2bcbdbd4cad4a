package kz.migration.refugee;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started with {@code java -jar} as a server runs it, deploys the same resource names as the
 * build folder does ({@link DeploymentTest}): a node started either way finds the other's deployment unchanged
 * instead of deploying new versions. Runs in the integration-test phase, after the jar is built.
 */
class PackagedJarIT {

  private static final Duration STARTUP = Duration.ofMinutes(3);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path work;

  @Test
  void thePackagedJarDeploysModelsAndFormsUnderTheirFolderPaths() throws Exception {
    Path jar = Path.of(System.getProperty("packaged.jar", "target/refugee-status.jar"));
    assertThat(jar).as("the packaged jar (mvn package)").exists();
    String database = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + ";TRACE_LEVEL_FILE=0";
    int port = freePort();

    Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString(),
        "--server.port=" + port, "--spring.datasource.url=" + database, "--refugee.demo.cases=false")
        .directory(work.toFile())
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("app.log").toFile())
        .start();
    try {
      String base = "http://127.0.0.1:" + port + "/engine-rest/deployment";
      JsonNode deployments = awaitDeployment(app, base + "?name=refugee-status");
      JsonNode resources = get(base + "/" + deployments.get(0).get("id").asText() + "/resources")
          .orElseThrow(() -> new AssertionError("the deployment's resources are not readable"));

      assertThat(resources.findValuesAsText("name")).containsExactlyInAnyOrderElementsOf(ModelsAndForms.resourceNames());
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
    }
  }

  /**
   * The process application deploys once the context has started, and the demo users are created at startup:
   * polls until the auditor reads the deployment.
   */
  private JsonNode awaitDeployment(Process app, String query) throws IOException, InterruptedException {
    Instant until = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(until)) {
      assertThat(app.isAlive()).as("the application is running; its log:%n%s", log()).isTrue();
      Optional<JsonNode> found = get(query).filter(list -> !list.isEmpty());
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no deployment within " + STARTUP + "; the application's log:\n" + log());
  }

  /** The body of a GET as the demo auditor (who may read deployments), or empty until it answers 200. */
  private Optional<JsonNode> get(String uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:demo".getBytes(UTF_8)))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
    } catch (ConnectException notYetListening) {
      return Optional.empty();
    }
  }

  private String log() throws IOException {
    return Files.readString(work.resolve("app.log"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
