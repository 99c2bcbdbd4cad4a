/**
 * Specific needs of the persons of a case (UNHCR's categories), their history, the order of work they lead to (the
 * {@code task-priority} decision table: task priority, accelerated decision period) and the best-interests note an
 * unaccompanied child's case needs before its decision.
 */
package kz.migration.refugee.needs;
