package kz.migration.refugee.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The forms in {@code forms/} as deployed, read once from the class path: the Camunda Forms by their id (what a
 * model's {@code camunda:formRef} names) and the embedded HTML forms by their path ({@code forms/X.html}, what an
 * {@code embedded:deployment:} form key names). What a step accepts and how its fields are named both come from here.
 */
@Component
class DeployedForms {

  private final Map<String, JsonNode> camundaForms = new LinkedHashMap<>();
  private final Map<String, String> embeddedForms = new LinkedHashMap<>();

  DeployedForms() {
    var resolver = new PathMatchingResourcePatternResolver();
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form : resolver.getResources("classpath*:forms/*.form")) {
        JsonNode schema = json.readTree(read(form));
        camundaForms.put(schema.path("id").asText(), schema);
      }
      for (Resource form : resolver.getResources("classpath*:forms/*.html")) {
        embeddedForms.put("forms/" + form.getFilename(), read(form));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("forms could not be read", e);
    }
  }

  /** Camunda Forms' schemas by form id. */
  Map<String, JsonNode> camundaForms() {
    return camundaForms;
  }

  /** Embedded forms' HTML by deployment path. */
  Map<String, String> embeddedForms() {
    return embeddedForms;
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
