package kz.migration.refugee.shared;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the task list is organised where the procedure sets no deadline of its own. Work organisation, not law: the
 * procedure's own periods are {@link ProcedureProperties}.
 *
 * @param stepPeriod       a step with no procedural deadline is due this long after it reaches the task list
 * @param escalationPeriod a missed deadline handed to a manager is due this long after it arrives
 * @param departurePeriod  a voluntary return's departure is to be confirmed this long after the contacts are done
 * @param dueSoonDays      the «Срок истекает» filter shows the tasks due within this many days
 * @param reminderPriority a task whose procedural step is overdue (a refusal not yet served) rises to this priority,
 *     above the ordinary 50 and the decisions' 60
 */
@ConfigurationProperties("refugee.task-list")
public record TaskListProperties(
    @DefaultValue("P5D") Period stepPeriod,
    @DefaultValue("P2D") Period escalationPeriod,
    @DefaultValue("P30D") Period departurePeriod,
    @DefaultValue("7") int dueSoonDays,
    @DefaultValue("80") int reminderPriority) {}
