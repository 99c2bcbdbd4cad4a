package kz.migration.refugee.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps what a task listener throws into a generic exception, which engine REST answers
 * with 500. A rejected form (field errors, four-eyes) is the user's mistake: answer it with 400 and
 * the listener's message, as Camunda does for its own bad requests. A change lost to a concurrent one (the
 * engine's optimistic locking: two users completing or claiming one task, two correlations), a task claimed by
 * someone else meanwhile, and a domain conflict are answered with 409 and a Russian message.
 * The same mappers serve the webapps' own engine API ({@link WebappEngineApiErrors}).
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    MAPPERS.forEach(config::register);
  }

  /** Every mapper, for the engine's JAX-RS applications: engine REST and the webapps' engine API. */
  private static final String INVALID_QUERY = "Invalid query usage";
  static final String CONTRADICTORY_CRITERIA = "Условия отбора задач противоречат друг другу или условиям фильтра";

  static final java.util.List<Class<?>> MAPPERS =
      java.util.List.of(RejectedInputMapper.class, RejectedRestInputMapper.class, ConflictMapper.class);

  private static Response translated(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof BadUserRequestException rejected) {
        return answer(Response.Status.BAD_REQUEST, BadUserRequestException.class, rejected.getMessage());
      }
      if (t instanceof OptimisticLockingException) {
        return answer(Response.Status.CONFLICT, OptimisticLockingException.class, ConflictException.CONCURRENT_CHANGE);
      }
      if (t instanceof TaskAlreadyClaimedException) {
        return answer(Response.Status.CONFLICT, TaskAlreadyClaimedException.class, ConflictException.TASK_ALREADY_CLAIMED);
      }
      if (t instanceof ConflictException conflict) {
        return answer(Response.Status.CONFLICT, ConflictException.class, conflict.getMessage());
      }
      // the engine's own refusal of contradictory criteria (a filter's candidate groups extended by a candidate
      // user, say): the client's mistake, not the server's; the engine's English text is not passed on
      if (t instanceof ProcessEngineException refused && refused.getMessage() != null
          && refused.getMessage().startsWith(INVALID_QUERY)) {
        return answer(Response.Status.BAD_REQUEST, BadUserRequestException.class, CONTRADICTORY_CRITERIA);
      }
    }
    return null;
  }

  /** Camunda's error shape ({@code type}, {@code message}), which Tasklist shows to the user. */
  private static Response answer(Response.Status status, Class<?> type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type.getSimpleName(), "message", message))
        .build();
  }

  /** Task completion wraps the listener's exception once more, into a RestException. */
  @Priority(Priorities.USER - 100)
  public static class RejectedRestInputMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Response response = translated(exception);
      return response != null ? response : camunda.toResponse(exception);
    }
  }

  /** A domain conflict raised in a listener or delegate reaches JAX-RS as it was thrown. */
  @Priority(Priorities.USER - 100)
  public static class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
      return translated(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  public static class RejectedInputMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response response = translated(exception);
      return response != null ? response : camunda.toResponse(exception);
    }
  }
}
