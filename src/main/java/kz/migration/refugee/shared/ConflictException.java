package kz.migration.refugee.shared;

/**
 * A request that contradicts the state of a case: already decided, not open to it, taken by a request that
 * came first. Answered with 409 on every client. A broken invariant of the code itself stays an
 * {@link IllegalStateException}, answered with 500: it must not look like the user's conflict.
 */
public class ConflictException extends RuntimeException {

  /** What a user sees when the engine's optimistic locking lost their change to someone else's. */
  public static final String CONCURRENT_CHANGE =
      "Дело или задача только что изменены другим пользователем: обновите данные и повторите действие";

  /** What a user sees when the task they claim has just been claimed by a colleague. */
  public static final String TASK_ALREADY_CLAIMED =
      "Задача уже назначена другому сотруднику: обновите список задач";

  public ConflictException(String message) {
    super(message);
  }
}
