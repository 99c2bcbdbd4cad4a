package kz.migration.refugee.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A plausible date of birth: not before 1900-01-01 (a birth year 0000 is a typing slip, not a person);
 * not in the future is {@code @PastOrPresent}'s. Null passes (use @NotNull).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BirthDate.Validator.class)
public @interface BirthDate {

  LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  String message() default "дата рождения не ранее 01.01.1900";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<BirthDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || !value.isBefore(EARLIEST);
    }
  }
}
