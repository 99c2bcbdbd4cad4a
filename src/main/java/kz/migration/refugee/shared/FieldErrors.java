package kz.migration.refugee.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.validation.ConstraintViolation;

/**
 * Input rejected field by field. Thrown by services; the web layer answers 400 with one entry per
 * field, a task listener turns it into a message that Tasklist shows on the form.
 */
public class FieldErrors extends RuntimeException {

  private final Map<String, String> errors;

  public FieldErrors(Map<String, String> errors) {
    super(render(errors));
    this.errors = Map.copyOf(errors);
  }

  public static FieldErrors of(String field, String message) {
    return new FieldErrors(Map.of(field, message));
  }

  public static <T> FieldErrors of(Set<ConstraintViolation<T>> violations) {
    return new FieldErrors(violations.stream().collect(Collectors.toMap(
        v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a, LinkedHashMap::new)));
  }

  public Map<String, String> errors() {
    return errors;
  }

  private static String render(Map<String, String> errors) {
    return errors.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
