package kz.migration.refugee.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problem details (RFC 9457) written by servlet filters, which answer before Spring MVC's advice could. */
final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static void write(HttpServletResponse response, int status, String type, String title, String detail,
      Map<String, String> errors) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (errors != null) {
      body.put("errors", errors);
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getWriter(), body);
  }
}
