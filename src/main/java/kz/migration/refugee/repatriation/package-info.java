/**
 * Voluntary return of a recognised family, or some of its members, to the country of origin (programme
 * items 20–21): the refugee's written request, the voluntariness interview, contacts with the origin
 * country's migration service, UNHCR and IOM, and the departure that ends the status. Process
 * {@code bpmn/voluntary-return.bpmn}.
 */
package kz.migration.refugee.repatriation;
