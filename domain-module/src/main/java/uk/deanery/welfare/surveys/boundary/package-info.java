/**
 * The transaction and access edge of surveys: managing and reading instruments, loading the built-in ones, opening
 * and closing waves with their response rates, and trainees answering them.
 */
package uk.deanery.welfare.surveys.boundary;
