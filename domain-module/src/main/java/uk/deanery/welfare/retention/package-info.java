/**
 * Retention: how long the product keeps what people wrote and what ties answers to a person, and the job that
 * removes them when the time is up, keeping every number the reports need.
 */
package uk.deanery.welfare.retention;
