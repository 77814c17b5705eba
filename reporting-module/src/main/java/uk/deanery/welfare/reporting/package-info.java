/** Read-side queries and statistics over the domain's persistence unit; nothing here changes data. */
package uk.deanery.welfare.reporting;
