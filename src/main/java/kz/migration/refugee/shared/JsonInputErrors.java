package kz.migration.refugee.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Field and message of a body or form Jackson could not read. Jackson's own messages quote the value, which
 * may be personal data: the message is chosen here from the kind of failure, never copied.
 */
final class JsonInputErrors {

  private JsonInputErrors() {}

  /** {@code field -> message}; the field is "body" when the input is not JSON at all. */
  static Map<String, String> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        return Map.of(field(mapping), message(mapping));
      }
      if (t instanceof JsonProcessingException processing && processing.getProcessor() instanceof JsonParser parser) {
        String field = field(parser.getParsingContext());
        return Map.of(field.isEmpty() ? "body" : field, t instanceof StrictJsonInput.Refused refused
            ? refused.getOriginalMessage() : "неверный JSON или текст не в кодировке UTF-8");
      }
    }
    return Map.of("body", "тело запроса не является JSON ожидаемого вида (даты ГГГГ-ММ-ДД)");
  }

  private static String field(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String field(JsonStreamContext context) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static String message(JsonMappingException e) {
    if (e instanceof StrictJsonInput.Refused refused) {
      return refused.getOriginalMessage();
    }
    Class<?> target = e instanceof InvalidFormatException f ? f.getTargetType()
        : e instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (target == null) {
      return "неверный формат значения";
    }
    if (target.isEnum()) {
      return "недопустимое значение; возможные: " + Arrays.stream(target.getEnumConstants())
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return "дата в формате ГГГГ-ММ-ДД";
    }
    if (target == String.class) {
      return "ожидается текст";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "ожидается true или false";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
      return "ожидается число";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "ожидается список";
    }
    return "неверный формат значения";
  }
}
