/** The values a roster import works with: parsed rows, problems found and the report handed back. */
package uk.deanery.welfare.roster.entity;
