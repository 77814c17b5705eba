/** Writes audit entries for the calling user inside the caller's transaction, and reads them back. */
package uk.deanery.welfare.audit.boundary;
