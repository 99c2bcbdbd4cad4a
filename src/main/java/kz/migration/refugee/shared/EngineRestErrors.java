package kz.migration.refugee.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps what a task listener throws into a generic exception, which engine REST answers
 * with 500. A rejected form (field errors, four-eyes) is the user's mistake: answer it with 400 and
 * the listener's message, as Camunda does for its own bad requests.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RejectedInputMapper.class);
    config.register(RejectedRestInputMapper.class);
  }

  private static Response rejected(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof BadUserRequestException rejected) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", BadUserRequestException.class.getSimpleName(), "message", rejected.getMessage()))
            .build();
      }
    }
    return null;
  }

  /** Task completion wraps the listener's exception once more, into a RestException. */
  @Priority(Priorities.USER - 100)
  static class RejectedRestInputMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Response response = rejected(exception);
      return response != null ? response : camunda.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  static class RejectedInputMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response response = rejected(exception);
      return response != null ? response : camunda.toResponse(exception);
    }
  }
}
