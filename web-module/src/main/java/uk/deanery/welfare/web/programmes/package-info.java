/** Pages about programmes and cohorts. */
package uk.deanery.welfare.web.programmes;
