package kz.migration.refugee.audit;

import java.time.Instant;

/**
 * An entry as stored. {@code content} is returned as the exact string that was hashed, so that anyone can
 * recompute {@code hash} from this view alone (see {@link DecisionLog}).
 */
public record DecisionLogEntryView(long sequenceNo, String kind, String caseNumber, String actor, Instant occurredAt,
    String content, String previousHash, String hash) {}
