/** Time for the whole application: one clock, and the deanery's zone for dates. */
package uk.deanery.welfare.platform.time;
