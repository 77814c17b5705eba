/** The retention policy's admin page and its nightly run. */
package uk.deanery.welfare.web.retention;
