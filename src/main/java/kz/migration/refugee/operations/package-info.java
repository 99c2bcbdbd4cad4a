/**
 * What the operators of the running system watch: Prometheus metrics ({@code /actuator/prometheus}, role
 * {@code operators}) of the engine's job executor and of the open work (incidents, tasks per group, petitions past
 * their decision deadline), and the domain API's OpenAPI description. Reads the engine through its services and the
 * data bank with counting SQL, as the statistics do; never writes.
 */
package kz.migration.refugee.operations;
