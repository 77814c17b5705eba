/** The audit trail as deanery admins search and export it: who did what to which record, and when. */
package uk.deanery.welfare.reporting.audit;
