/**
 * The case page: one family's file as a server-rendered Russian page (members, petition, examination, decisions,
 * appeals, certificates, rechecks, returns, deregistrations, deadlines, timeline), the printable certificates and
 * the search that leads to it. Read-only; reads every feature through its public services only.
 */
package kz.migration.refugee.casefile;
