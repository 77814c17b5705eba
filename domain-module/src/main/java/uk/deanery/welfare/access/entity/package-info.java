/** Roles and the caller a request runs for. */
package uk.deanery.welfare.access.entity;
