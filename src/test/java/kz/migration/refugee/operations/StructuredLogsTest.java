package kz.migration.refugee.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kz.migration.refugee.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The {@code json-logs} profile's log: the application's log events, written as the profile writes them (Elastic
 * Common Schema), are one JSON object per line, and carry no more personal data than the plain log — none: a rejected
 * petition's names and document stay out, and a login name typed with a line break is escaped ({@code LogText}), not
 * a second event.
 */
@ApplicationTest
class StructuredLogsTest {

  private static final String SURNAME = "Джураева";
  private static final String PASSPORT = "QJ5518840";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;

  @Test
  void theProfileWritesTheConsoleLogAsEcsJson() {
    var profile = new YamlPropertiesFactoryBean();
    profile.setResources(new ClassPathResource("application-json-logs.yaml"));
    assertThat(profile.getObject()).containsEntry("logging.structured.format.console", "ecs");
  }

  @Test
  void eachEventIsOneJsonObjectWithoutPersonalData() throws Exception {
    List<String> lines = capturedAsJson(() -> {
      String arrival = LocalDate.now().minusDays(1).toString();
      var rejected = http.withBasicAuth("caseworker", "demo").postForEntity("/api/petitions", Map.of(
          "arrivalDate", arrival, "filingDate", arrival, "language", "ru", "address", "Алматы",
          "members", List.of(Map.of("role", "head", "surname", SURNAME, "givenName", "Мадина",
              "dateOfBirth", "1990-01-01", "sex", "female", "citizenship", "ZZ", "documentType", "passport",
              "documentNumber", PASSPORT))), String.class);
      assertThat(rejected.getStatusCode().value()).isEqualTo(400);
      // a failed login is logged (FailedLogins) with the name as typed, made safe
      var login = http.withBasicAuth("m.dzhurayeva\nforged line", "wrong").getForEntity("/api/reference/intake", String.class);
      assertThat(login.getStatusCode().value()).isEqualTo(401);
    });

    assertThat(lines).isNotEmpty();
    List<JsonNode> events = new ArrayList<>();
    for (String line : lines) {
      assertThat(line.strip()).as("one line per event").doesNotContain("\n");
      JsonNode event = JSON.readTree(line);
      assertThat(event.has("@timestamp") && event.at("/log/level").isTextual() && event.has("message")).as(line).isTrue();
      assertThat(line).doesNotContain(PASSPORT);
      events.add(event);
    }
    JsonNode failedLogin = events.stream().filter(e -> e.get("message").asText().startsWith("failed login")).findFirst()
        .orElseThrow();
    assertThat(failedLogin.get("message").asText()).contains("\\u000a").doesNotContain("\n");
    assertThat(lines).noneMatch(line -> line.contains(SURNAME));
  }

  /** The application's log events during the work, encoded as the json-logs profile's console encodes them. */
  private static List<String> capturedAsJson(Runnable work) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext(context);
    encoder.setFormat("ecs");
    encoder.start();
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
      }
    };
    capture.setContext(context);
    capture.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.addAppender(capture);
    try {
      work.run();
    } finally {
      root.detachAppender(capture);
      capture.stop();
      encoder.stop();
    }
    return List.copyOf(lines);
  }
}
