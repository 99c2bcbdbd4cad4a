package kz.migration.refugee.shared;

import java.time.Instant;

/**
 * An operator repaired the engine's work on a case: retried a failed job or moved a timer. Published inside the
 * repair's transaction; auditors see it beside the decisions.
 *
 * @param operation the engine operation, e.g. {@code SetJobRetries}
 * @param target the job and what was set, e.g. {@code job=... retries=1}
 */
public record EngineRepaired(String operation, String target, String by, Instant at) {}
