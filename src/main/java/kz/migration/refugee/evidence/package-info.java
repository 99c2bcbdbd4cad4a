/**
 * Evidence and notes of a case: files filed with it (passport scans, certificates from elsewhere, medical reports;
 * PDF, JPEG, PNG by content) and caseworkers' dated, append-only notes, kept in the data bank. Used by the case page
 * and offered on the domain API.
 */
package kz.migration.refugee.evidence;
