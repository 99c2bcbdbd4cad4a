package kz.migration.refugee.shared;

import java.util.List;

/** An uploaded file refused as a whole, row by row; answered with HTTP 400 listing every error. */
public class RejectedFile extends RuntimeException {

  /** {@code row} counts the header as row 1, as a spreadsheet shows it. */
  public record RowError(int row, String field, String message) {}

  private final transient List<RowError> errors;

  public RejectedFile(List<RowError> errors) {
    super(errors.size() + " errors in the file; nothing was imported");
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}
