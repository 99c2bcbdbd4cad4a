package kz.migration.refugee.registry;

import kz.migration.refugee.shared.NotFoundException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A case number in a request path ({@code @PathVariable CaseNumber}). A malformed one names no case: it is not
 * found, the same answer as a well-formed number of no case, rather than Spring's 400 for a type mismatch.
 */
@Component
class CaseNumberConverter implements Converter<String, CaseNumber> {

  @Override
  public CaseNumber convert(String value) {
    if (!CaseNumber.isValid(value)) {
      throw new CaseNotFound(value);
    }
    return new CaseNumber(value);
  }

  /** Spring wraps it in its type mismatch; the problem details advice finds it as the cause. */
  static final class CaseNotFound extends NotFoundException {

    CaseNotFound(String value) {
      super("case", value);
    }
  }
}
