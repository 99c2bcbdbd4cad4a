package kz.migration.refugee.shared;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Reads what a form (or an engine REST client) submitted into a typed, validated record.
 * Form validation runs only in the browser; this is the server's second check. A rejection is a
 * {@link BadUserRequestException}: Tasklist shows its message on the form, engine REST answers 400,
 * and the engine rolls the whole step back.
 */
@Component
public class FormInput {

  private final ObjectMapper mapper;
  private final Validator validator;
  private final FieldLabels labels;
  /** The fields of each form record, by record type. */
  private final Map<Class<?>, List<String>> fields = new ConcurrentHashMap<>();

  public FormInput(ObjectMapper mapper, Validator validator, FieldLabels labels) {
    this.mapper = mapper.copy()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true);
    // An untouched select in a form submits "": read it as "not given" (a date field too). Otherwise the rules of
    // the domain API apply (StrictJsonInput): no number or boolean as text, no enum ordinals, clean text.
    this.mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    this.mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    this.validator = validator;
    this.labels = labels;
  }

  public <T> T read(Map<String, Object> variables, Class<T> type) {
    return read(variables, type, null);
  }

  /** Reads and validates the input of a task form, named by its id ({@code camunda:formRef}) in rejections. */
  public <T> T read(Map<String, Object> variables, Class<T> type, String form) {
    T input = convert(variables, type, form);
    var violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw reject(FieldErrors.of(violations), form);
    }
    return input;
  }

  /**
   * The variables a form record reads, as the scope sees them (a task's own first): only the record's fields, which
   * are all a conversion keeps. Reading every variable in scope would also load and deserialize what the step's form
   * only shows (the case file's texts, JSON on the task) and what the process keeps for itself.
   */
  public Map<String, Object> fieldsOf(VariableScope scope, Class<?> type) {
    if (!type.isRecord()) {
      return scope.getVariables();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : fields.computeIfAbsent(type,
        t -> Arrays.stream(t.getRecordComponents()).map(RecordComponent::getName).toList())) {
      if (scope.hasVariable(name)) {
        values.put(name, scope.getVariable(name));
      }
    }
    return values;
  }

  /** Converts without validating, for inputs whose service validates formats and rules in one pass. */
  public <T> T convert(Map<String, Object> variables, Class<T> type) {
    return convert(variables, type, null);
  }

  private <T> T convert(Map<String, Object> variables, Class<T> type, String form) {
    Map<String, Object> plain = new LinkedHashMap<>();
    variables.forEach((name, value) -> plain.put(name, plain(value)));
    try {
      return mapper.convertValue(plain, type);
    } catch (IllegalArgumentException e) {
      throw reject(new FieldErrors(JsonInputErrors.of(e)), form);
    }
  }

  /**
   * Wraps field errors raised by a service so that the engine reports them to the user, each field named by its
   * label on the form (Tasklist shows the message as it is); the errors by field stay with it as the cause.
   */
  public BadUserRequestException reject(FieldErrors errors) {
    return reject(errors, null);
  }

  /** The same for a task form, named by its id ({@code camunda:formRef}), whose labels come first. */
  public BadUserRequestException reject(FieldErrors errors, String form) {
    return new BadUserRequestException(labels.describe(form, errors.errors()), errors);
  }

  private Object plain(Object value) {
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value instanceof SpinJsonNode json) {
      try {
        return mapper.readValue(json.toString(), JsonNode.class);
      } catch (Exception e) {
        throw new BadUserRequestException("неверный формат JSON-переменной");
      }
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }
    return value;
  }
}
