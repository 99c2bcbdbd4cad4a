package kz.migration.refugee.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request's path relative to the engine, as both engine APIs mean it: {@code /engine-rest/task/1},
 * {@code /engine-rest/engine/default/task/1/} and {@code /camunda/api/engine/engine/default/task/1} are all
 * {@code /task/1}. Null when the spelling is ambiguous (those requests are refused before the engine).
 */
public final class EnginePath {

  private EnginePath() {}

  public static String of(HttpServletRequest request) {
    return EngineApiAllowList.enginePath(request.getRequestURI(), request.getContextPath());
  }
}
