/** Raising and listing concerns; every access is written to the audit log in the same transaction. */
package uk.deanery.welfare.concerns.boundary;
