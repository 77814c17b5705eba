/** The documented JSON format instruments are imported and exported in; no database involved. */
package uk.deanery.welfare.surveys.control;
