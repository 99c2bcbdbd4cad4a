package kz.migration.refugee.recheck;

import java.time.Instant;
import java.time.LocalDate;

/** Progress of a scheduler pass: {@code started} of {@code dueTotal} families found due when it began. */
record RecheckRunView(Long id, LocalDate dueBy, Instant startedAt, Instant finishedAt, String status, int dueTotal,
    int started, int collisions) {}
