package kz.migration.refugee.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The domain API's errors, as RFC 9457 problem details. Messages never echo personal data. A person's browser on
 * one of the product's pages gets the same status as a Russian page instead ({@link ErrorPages}).
 */
@RestControllerAdvice(basePackages = "kz.migration.refugee")
class ProblemDetailsAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
    e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
    return answer(request, invalid(errors), errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(
        err -> errors.putIfAbsent(r.getMethodParameter().getParameterName(), err.getDefaultMessage())));
    return answer(request, invalid(errors), errors);
  }

  @ExceptionHandler(FieldErrors.class)
  Object invalidFields(FieldErrors e, HttpServletRequest request) {
    return answer(request, invalid(e.errors()), e.errors());
  }

  /**
   * An upload over the multipart limits (spring.servlet.multipart, kept just above refugee.attachments.max-size), a
   * file part missing or a body that is not multipart where a file is expected: the file field is named.
   */
  @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
  Object invalidUpload(Exception e, HttpServletRequest request) {
    String field = e instanceof MissingServletRequestPartException missing ? missing.getRequestPartName() : "file";
    Map<String, String> errors = Map.of(field, e instanceof MaxUploadSizeExceededException
        ? "файл больше допустимого размера" : "ожидается файл (multipart/form-data)");
    return answer(request, invalid(errors), errors);
  }

  @ExceptionHandler(RejectedFile.class)
  ProblemDetail rejectedFile(RejectedFile e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(URI.create("urn:problem:rejected-file"));
    problem.setTitle("File rejected");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  /** The field is named from Jackson's path; the message never quotes the value (see {@link JsonInputErrors}). */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem = invalid(JsonInputErrors.of(e));
    problem.setType(URI.create("urn:problem:unreadable-request"));
    return problem;
  }

  @ExceptionHandler({HttpMediaTypeNotSupportedException.class, InvalidMediaTypeException.class})
  ProblemDetail unsupportedMediaType(Exception e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Send the body as application/json.");
    problem.setType(URI.create("urn:problem:unsupported-media-type"));
    return problem;
  }

  /**
   * A database refusal that the checks before it did not foresee. The driver's message may quote the row
   * (names, document numbers): it is neither logged nor answered, only its kind and SQL state, under a reference
   * that the error page of a browser quotes.
   */
  @ExceptionHandler(DataAccessException.class)
  Object databaseRefusal(DataAccessException e, HttpServletRequest request) {
    String reference = UUID.randomUUID().toString();
    log.error("database refused a request: {} (SQL state {}), reference {}", e.getClass().getSimpleName(),
        sqlState(e), reference);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
        e instanceof DataIntegrityViolationException ? HttpStatus.CONFLICT : HttpStatus.INTERNAL_SERVER_ERROR,
        "The data bank refused the change; nothing was written.");
    problem.setType(URI.create("urn:problem:database-refusal"));
    return answer(request, problem, Map.of(), reference);
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "unknown";
  }

  @ExceptionHandler(BadUserRequestException.class)
  Object rejectedByProcess(BadUserRequestException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(URI.create("urn:problem:rejected"));
    return answer(request, problem, Map.of());
  }

  @ExceptionHandler(NotFoundException.class)
  Object notFound(NotFoundException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setType(URI.create("urn:problem:not-found"));
    return answer(request, problem, Map.of());
  }

  /**
   * A path variable whose converter said it names nothing (a malformed case number): the same 404 as for a
   * record that does not exist. Any other mismatch is rethrown, which leaves it to Spring's default answer.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFoundException notFound) {
        return notFound(notFound, request);
      }
    }
    throw e;
  }

  @ExceptionHandler(ConflictException.class)
  Object conflict(ConflictException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(URI.create("urn:problem:conflict"));
    return answer(request, problem, Map.of());
  }

  /**
   * Two requests changed the same case or task at once (two correlations, two completions): the engine's or
   * the data bank's optimistic lock let the first win. The loser's request was rolled back whole; it may retry.
   */
  @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
  Object concurrentChange(RuntimeException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ConflictException.CONCURRENT_CHANGE);
    problem.setType(URI.create("urn:problem:concurrent-change"));
    return answer(request, problem, Map.of());
  }

  @ExceptionHandler(TaskAlreadyClaimedException.class)
  Object alreadyClaimed(TaskAlreadyClaimedException e, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ConflictException.TASK_ALREADY_CLAIMED);
    problem.setType(URI.create("urn:problem:conflict"));
    return answer(request, problem, Map.of());
  }

  /**
   * A broken invariant of the code, not the user's conflict: 500, and the body says nothing of the cause (its
   * message may name internals or, from a library, values); the log has its trace under the reference given to the
   * user. Only the programming errors' own types: a wrapper (the engine's, a transaction's) is matched by its cause,
   * so that a concurrent change inside it stays a 409.
   */
  @ExceptionHandler({IllegalStateException.class, IllegalArgumentException.class, NullPointerException.class,
      ClassCastException.class, UnsupportedOperationException.class, IndexOutOfBoundsException.class})
  Object unexpected(RuntimeException e, HttpServletRequest request) {
    String reference = logUnexpected(e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Внутренняя ошибка сервера; сообщите администратору код " + reference);
    problem.setType(URI.create("urn:problem:internal-error"));
    problem.setProperty("reference", reference);
    return answer(request, problem, Map.of(), reference);
  }

  /**
   * Logs an error the user can only report, under a new reference that their answer quotes: also for what no
   * handler here took and reached the container's error page ({@link ErrorPages}); {@code e} may be null there.
   */
  static String logUnexpected(Throwable e) {
    String reference = UUID.randomUUID().toString();
    log.error("Unexpected error, reference {}", reference, e == null ? null : Redacted.of(e));
    return reference;
  }

  /**
   * A failure as the log keeps it: its classes and stack frames, none of its messages, which may carry the values
   * being processed (a name, a document number) and personal data never goes into logs.
   */
  static final class Redacted extends RuntimeException {

    private Redacted(Throwable original, Redacted cause) {
      super(original.getClass().getName(), cause, false, true);
      setStackTrace(original.getStackTrace());
    }

    static Redacted of(Throwable original) {
      Throwable cause = original.getCause();
      return new Redacted(original, cause == null || cause == original ? null : of(cause));
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }

  private static Object answer(HttpServletRequest request, ProblemDetail problem, Map<String, String> invalid) {
    return answer(request, problem, invalid, null);
  }

  /**
   * The problem, or for a person's browser on a page the product's error page with the same status: it names the
   * invalid parameters and quotes the log's reference of a server error, nothing else of the problem.
   */
  private static Object answer(HttpServletRequest request, ProblemDetail problem, Map<String, String> invalid,
      String reference) {
    return ErrorPages.wantsPage(request)
        ? ErrorPages.page(request, HttpStatusCode.valueOf(problem.getStatus()), invalid, reference) : problem;
  }

  private static ProblemDetail invalid(Map<String, String> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Invalid fields: " + String.join(", ", errors.keySet()));
    problem.setType(URI.create("urn:problem:invalid-input"));
    problem.setTitle("Invalid input");
    problem.setProperty("errors", errors);
    return problem;
  }
}
