/** The audit trail of who read or changed welfare data, kept as append-only entries. */
package uk.deanery.welfare.audit.entity;
