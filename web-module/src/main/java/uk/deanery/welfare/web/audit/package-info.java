/** The admins' audit page and its CSV export. */
package uk.deanery.welfare.web.audit;
