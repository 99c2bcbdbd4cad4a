package kz.migration.refugee.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strict reading of JSON into the register's records, for the domain API and for Tasklist forms alike
 * ({@link FormInput} reads with a copy of the same mapper): a number or boolean is not a text, an enum is
 * its name (any case, as the forms send {@code "head"}) and never an ordinal, a number or a padded name;
 * every text passes {@link InputText#clean}; a date is not before 1900. A refusal names the field (see
 * {@link ProblemDetailsAdvice}) and never echoes the value.
 */
@Configuration
class StrictJsonInput {

  static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  private static final Pattern ENUM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** A refusal whose message is the product's own, safe to show and to log. */
  static final class Refused extends MismatchedInputException {
    Refused(JsonParser parser, String message, Class<?> type) {
      super(parser, message, type);
    }
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonFeatures() {
    return builder -> builder
        .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .postConfigurer(mapper -> {
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Enum)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        });
  }

  /** A bean: Spring Boot installs every Module bean into its mapper. */
  @Bean
  SimpleModule strictInputModule() {
    SimpleModule module = new SimpleModule("refugee-strict-input");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == String.class) {
          return new Checked(deserializer, Checked.Kind.TEXT);
        }
        if (type == LocalDate.class) {
          return new Checked(deserializer, Checked.Kind.DATE);
        }
        return deserializer;
      }

      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Checked(deserializer, Checked.Kind.ENUM);
      }
    });
    return module;
  }

  /** Checks a value around the standard deserializer (which stays in charge of formats and coercions). */
  static final class Checked extends DelegatingDeserializer {

    enum Kind { TEXT, DATE, ENUM }

    private final Kind kind;

    Checked(JsonDeserializer<?> delegate, Kind kind) {
      super(delegate);
      this.kind = kind;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Checked(delegate, kind);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (kind == Kind.ENUM) {
        Class<?> type = handledType();
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
            || (p.hasToken(JsonToken.VALUE_STRING) && !p.getText().isEmpty() && !ENUM_NAME.matcher(p.getText()).matches())) {
          throw new Refused(p, "недопустимое значение; возможные: " + names(type), type);
        }
        return _delegatee.deserialize(p, ctxt);
      }
      Object value = _delegatee.deserialize(p, ctxt);
      if (kind == Kind.TEXT && value instanceof String text) {
        try {
          return InputText.clean(text);
        } catch (InputText.Rejected e) {
          throw new Refused(p, e.getMessage(), String.class);
        }
      }
      if (kind == Kind.DATE && value instanceof LocalDate date && date.isBefore(EARLIEST_DATE)) {
        throw new Refused(p, "дата не ранее 01.01.1900", LocalDate.class);
      }
      return value;
    }

    private static String names(Class<?> type) {
      Object[] constants = type == null ? null : type.getEnumConstants();
      return constants == null ? "" : Arrays.stream(constants)
          .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
  }
}
