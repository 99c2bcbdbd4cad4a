package kz.migration.refugee.shared;

import java.time.Instant;

/**
 * A user, group, membership or authorization was changed through the engine's API (Admin webapp, engine REST).
 * Published inside the change's transaction so that the audit trail and the change commit together.
 *
 * @param operation the engine operation, e.g. {@code CreateMembership}
 * @param target what was changed, e.g. {@code user=ivanov group=managers}; ids only, never names
 */
public record AccessChanged(String operation, String target, String by, Instant at) {}
